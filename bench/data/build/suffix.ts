/**
 * The adversarial-suffix attack set: each hand-written harmful request (`authored/suffix-requests.txt`)
 * followed by optimizer-style gibberish of the kind GCG-like searches produce: token soup of word
 * fragments, bracket and punctuation runs, stray tokens of other scripts, the all-"!" initialisation,
 * and two suffixes concatenated (transfer attacks). Generated with a seeded PRNG; no suffix is copied
 * from a paper or a repository.
 */
import { parseAuthored, pick, rng, shortHash, type Row } from './common.js';

type R = () => number;
const WORDS = [
  'describing', 'similarly', 'Now', 'write', 'oppos', 'itely', 'Sure', 'here', 'manual', 'tutorial', 'steps', 'revert', 'Two', 'sentence', 'format', 'heading', 'surely', 'answer', 'Begin', 'with', 'Ok', 'please', 'giving', 'ONE', 'Me', 'inst', 'ruction', 'Step', 'Guide', 'tableView', 'Format', 'ends', 'reply', 'Hereby', 'Question', 'markdown', 'Title', 'equiv', 'Lemma', 'cnt', 'printf', 'Hence', 'unless', 'webpage', 'struct', 'Tit', 'subsequently', 'Dialog', 'solo', 'Kind', 'versus', 'detailed', 'seriously', 'instead', 'Yeah', 'tack', 'imensional', 'Tutorial', 'telling', 'Like', 'parody', 'Each', 'Oneliner', 'sentences', 'grammar', 'accordingly', 'Tabs', 'Write', 'Pseudo', 'Sy', 'ntax', 'ably', 'xml', 'jsp', 'Mock', 'anyway', 'Cap', 'itional', 'vous', 'sowie', 'przez', 'Bitte', 'schema', 'Rules', 'quando', 'dela',
];
const PUNCT = ['](', '({', '})', '**', '==', '!--', '">', '<%', '%>', '[/', '$$', '\\_', '::', '->', '@', '#{', '}}', ']]', ';)', '(\\', '.\\', '=\\', '"\\', '\\\\', ',-', '--', '..', '?>', '<!', '])', '[(', '\\"', '=/', '^{', '}$', '`', '~~', '|\\', '+\\', '.(', '.-'];
const ODD = ['ї', 'Ț', 'ñ', 'ő', 'ски', 'ём', '数', 'ー', 'ό', 'ż', 'ș', 'ة', 'ון', 'ุ', '\u0120', 'ğ', 'δ', 'ーム', 'кой', 'ться', 'stra', 'ější', 'ées', 'ung', 'ización'];

function tokenSoup(r: R, n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const x = r();
    let tok = x < 0.5 ? pick(r, WORDS) : x < 0.85 ? pick(r, PUNCT) : x < 0.95 ? pick(r, ODD) : String(Math.floor(r() * 100));
    if (r() < 0.15) tok = tok.toUpperCase();
    out.push(tok);
    if (r() < 0.45) out.push(' ');
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}
function punctRun(r: R, n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const run = pick(r, ['}', ']', ')', ';', '!', '\\', '*', '=', '>', '.', '"', '-']).repeat(1 + Math.floor(r() * 5));
    out.push(run, r() < 0.6 ? pick(r, WORDS) : '', r() < 0.3 ? ' ' : '');
  }
  return out.join('');
}
const STYLES: { name: string; make: (r: R) => string }[] = [
  { name: 'token-soup', make: (r) => tokenSoup(r, 14 + Math.floor(r() * 16)) },
  { name: 'punct-runs', make: (r) => punctRun(r, 6 + Math.floor(r() * 8)) },
  { name: 'bang-init', make: (r) => Array.from({ length: 15 + Math.floor(r() * 10) }, () => (r() < 0.85 ? '!' : pick(r, WORDS.slice(0, 20)))).join(' ') },
  { name: 'concatenated', make: (r) => `${tokenSoup(r, 10 + Math.floor(r() * 8))} ${r() < 0.5 ? '' : '\n'}${tokenSoup(r, 10 + Math.floor(r() * 8))}` },
];

export function suffixRows(): Omit<Row, 'id' | 'split'>[] {
  const rows: Omit<Row, 'id' | 'split'>[] = [];
  for (const req of parseAuthored('suffix-requests.txt')) {
    const request = req.text!;
    const r = rng(parseInt(shortHash(request, 8), 16));
    const styles = [pick(r, STYLES.slice(0, 2)), pick(r, STYLES)];
    for (const [k, style] of styles.entries()) {
      if (k === 1 && style.name === styles[0]!.name) continue;
      const suffix = style.make(r);
      const joiner = pick(r, [' ', ' ', '. ', '\n', '  ']);
      const text = r() < 0.1 ? `${tokenSoup(r, 6)} ${request}${joiner}${suffix}` : `${request}${joiner}${suffix}`;
      rows.push({ text, label: 'attack', family: 'suffix', variant: style.name, lang: req.lang, request, source: 'mistral-guard-generated' });
    }
  }
  return rows;
}
