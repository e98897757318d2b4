import fc from 'fast-check';
import { gateLiteral, TrigramGate } from '../../src/text/trigram-gate.js';
import { detectSecrets, leadingWords, PROSE_PASSWORD_WORDS } from '../../src/detect/secrets.js';

// Characters that stress the fold: ASCII of both cases, punctuation that `| 32` merges with others
// ('@' and '`', '[' and '{'), units sharing a low byte (U+0141/U+0142 and 'A'/'B' by low byte), a lone surrogate.
const ALPHABET = [...'abcABCxyzXYZ @`[{-_:.7\n', '\u0141', '\u0142', '\u0241', '\u00e9', '\ud83d', '\u4e2d'];
const textOf = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((cs) => cs.join(''));

describe('trigram gate', () => {
  it('never rules out a literal the text holds, in any ASCII case', () => {
    const gate = new TrigramGate();
    fc.assert(
      fc.property(textOf, fc.nat(), fc.nat(), textOf, (text, a, b, other) => {
        gate.load(text);
        const from = text.length === 0 ? 0 : a % text.length;
        const piece = text.slice(from, from + 3 + (b % 12));
        // The literal as it stands, and with its ASCII letters in the other case.
        for (const literal of [piece, piece.toLowerCase(), piece.toUpperCase()]) {
          if (text.toLowerCase().includes(literal.toLowerCase()) && /^[\x00-\x7f]*$/.test(literal)) expect(gate.mayHold(gateLiteral(literal))).toBe(true);
        }
        expect(gate.mayHold(gateLiteral(piece))).toBe(true);
        // Soundness for any literal: ruled out means absent.
        if (!gate.mayHold(gateLiteral(other))) expect(text.includes(other)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('forgets the previous text, across the wrap of its generation counter', () => {
    const gate = new TrigramGate();
    const machine = gateLiteral('machine');
    for (let i = 0; i < 600; i++) {
      const holds = i % 7 === 0;
      gate.load(holds ? 'a machine here' : 'nothing of the kind here');
      expect(gate.mayHold(machine)).toBe(holds);
    }
  });

  it('rules out absent literals in ordinary prose (the point of it)', () => {
    const gate = new TrigramGate();
    gate.load('Please summarize the attached report about quarterly sales and list three risks for the next quarter. '.repeat(20));
    const absent = ['machine', 'installation', 'IDENTIFIED', 'jdbc:oracle', 'SecureString', 'bearer', 'password', 'kennwort'];
    expect(absent.filter((w) => gate.mayHold(gateLiteral(w)))).toEqual([]);
    expect(gate.mayHold(gateLiteral('QUARTERLY sales'))).toBe(true);
    // Under three units there is no trigram to test: the literal always passes.
    expect(gate.mayHold(gateLiteral('zq'))).toBe(true);
  });

  it('folds every unit that a case-insensitive regex matches to an ASCII letter onto that letter', () => {
    // The prose-password gate stands for a regex with the `i` flag: each unit that regex lets match an
    // ASCII letter must land on the letter's slot, or the gate would skip a text the regex matches.
    const fold = (c: number): number => (c | 32) & 0xff;
    const wrong: string[] = [];
    for (let letter = 97; letter <= 122; letter++) {
      const re = new RegExp(String.fromCharCode(letter), 'i');
      for (let c = 0; c < 0x10000; c++) {
        if (re.test(String.fromCharCode(c)) && fold(c) !== letter) wrong.push(`${String.fromCharCode(letter)}:${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads the prose-password words from the regex, with every case of their non-ASCII letters', () => {
    const words = leadingWords(/\b(?:password|has[\u0142l]o|l[\u00f6o]senord)(?:[ \t]+is)/gi);
    expect(words).toEqual(['password', 'has\u0142o', 'has\u0141o', 'haslo', 'l\u00f6senord', 'l\u00d6senord', 'losenord']);
    // Other syntax in an alternative: no gate (the regex always runs), never a wrong one.
    expect(leadingWords(/\b(?:pass(?:word)?|pwd)/gi)).toBeUndefined();
    expect(leadingWords(/\b(?:pass.?word)/gi)).toBeUndefined();
    expect(leadingWords(/(?:password)/gi)).toBeUndefined();
    // The built-in regex is read (a change of its shape that the reader does not follow turns the gate off:
    // detection stays, the speed goes; this line says so).
    expect(PROSE_PASSWORD_WORDS).toEqual(expect.arrayContaining(['password', 'mot de passe', 'contrase\u00f1a', 'has\u0141o', 'l\u00d6senord']));
    // Every unit a case-insensitive regex matches to one of these letters is among the derived forms.
    const letters = new Set([...(words ?? []), ...(PROSE_PASSWORD_WORDS ?? [])].join(''));
    for (const c of new Set([...(PROSE_PASSWORD_WORDS ?? []).join('')].filter((ch) => ch.charCodeAt(0) >= 0x80))) {
      const re = new RegExp(c, 'i');
      for (let u = 0; u < 0x10000; u++) if (re.test(String.fromCharCode(u))) expect([c, letters.has(String.fromCharCode(u))]).toEqual([c, true]);
    }
  });

  it('leaves the gated secret rules finding what they found, in every case and language form', () => {
    const value = ['Tr0ub4', 'dor&3x'].join('');
    const forms = ['password is', 'PASSWORD IS', 'Passwort ist', 'KENNWORT IST', 'Hasło jest', 'HASŁO JEST', 'haslo jest', 'Contraseña es', 'CONTRASENA ES', 'Lösenord är', 'LÖSENORD ÄR', 'Salasana on', 'Senha é', 'Wachtwoord is', 'mot de passe est', 'MOT DE PASSE EST', 'pwd is', 'Passphrase for the vault is'];
    for (const form of forms) {
      const text = `my ${form} ${value} ok`;
      expect([form, detectSecrets(text).map((e) => text.slice(e.start, e.end))]).toEqual([form, [value]]);
    }
    const token = ['Qz9kLm2p7RtWv4Xy', 'b8Nc3Hd5Jf6Kg1Ps'].join('-');
    expect(detectSecrets(`curl -H "Authorization: Bearer ${token}"`).map((e) => e.type)).toEqual(['GENERIC_SECRET']);
    expect(detectSecrets(`machine db.example.org login ana password ${value}`).map((e) => e.type)).toEqual(['CREDENTIALS']);
  });
});
