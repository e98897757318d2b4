/**
 * The secret scanner remembers how it read each assigned name (`href`, `class` and `password` come back in
 * every tag and line). A remembered reading must be the reading: the same text gives the same findings
 * the first time, the second time, and after so many other names that the memory was emptied.
 */
import { createSecretScanner } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';

describe('assigned names read once and remembered', () => {
  const r = rng(16);
  // Values built at run time: mixed case, digits and symbols, high entropy.
  const password = `${alnum(r, 6)}#${alnum(r, 5)}!`;
  const token = `${alnum(r, 20)}9zQ`;
  const scan = createSecretScanner();
  const valueOf = (line: string): string[] => scan(line).map((e) => line.slice(e.start, e.end));
  // One name a line, so each finding is the name's doing.
  const cases: Array<[string, string[]]> = [
    [`db_password = "${password}"`, [password]], // a password name
    [`apiKey: "${token}"`, [token]], // a secret name
    [`password_length = "${password}"`, []], // a qualifier: about the password, not one
    [`title = "${token}"`, []], // neither (remembered as such: the case a slip in the memory would turn)
    [`userPassword = "${password}"`, [password]],
  ];

  test.each(cases)('%s: the same findings on first read, on a repeat, and after the memory was emptied', (line, expected) => {
    expect(valueOf(line)).toEqual(expected);
    expect(valueOf(line)).toEqual(expected);
    // 5,000 distinct names, each read once: more than the memory holds.
    expect(scan(Array.from({ length: 5000 }, (_, i) => `name${i}x = "v"`).join('\n'))).toEqual([]);
    expect(valueOf(line)).toEqual(expected);
  });
});
