/**
 * The two prefilters of the secret scanner that skip work on ordinary answers (stop 22): `<name>value</name>`
 * elements are looked for only when a closing tag may name a secret, and grouped Mistral keys only around a
 * letter next to a digit, found from the digits. Keys are built at run time.
 */
import { detectSecrets } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(2207);
const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);
/** A Mistral-shaped key: 32 letters and digits with upper, lower and digit. */
const mistralKey = (): string => `aB3${alnum(rand, 29)}`;

describe('secret XML elements among ordinary markup', () => {
  const html = '<p>Our plan</p><ul><li>first</li><li>second</li></ul><div><span>done</span></div>'.repeat(20);

  it('reports the element whose closing tag names a secret, wherever it sits among others', () => {
    const value = `${alnum(rand, 20)}9Zq`;
    for (const text of [`<apiKey>${value}</apiKey>${html}`, `${html}<apiKey>${value}</apiKey>`, `${html}<client_secret>${value}</client_secret>${html}`]) {
      expect(rules(text)).toContain('xml-element');
    }
    expect(rules(`${html}<password>Tr0ub4dor-x7</password>`)).toContain('xml-password');
  });

  it('reports nothing for the same value in ordinary elements', () => {
    const value = `${alnum(rand, 20)}9Zq`;
    expect(rules(`${html}<p>${value}</p><code>${value}</code>`).filter((r) => r.startsWith('xml-'))).toEqual([]);
  });

  it('stays linear on runs of unclosed closing tags', () => {
    expect(growthRatio((n) => fill('</', n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => fill(`</${'k'.repeat(60)}`, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});

describe('grouped Mistral keys found from their digits', () => {
  it('are reported in groups of 4 and 8, at the start, in the middle and at the end of a text', () => {
    const key = mistralKey();
    const by4 = key.match(/.{4}/g)!.join(' ');
    const by8 = key.match(/.{8}/g)!.join('-');
    const prose = 'The quarterly numbers look fine and nothing else is pending here. '.repeat(3);
    for (const grouped of [by4, by8]) {
      for (const text of [grouped, `${prose}${grouped}`, `${grouped} ${prose}`, `${prose}key: ${grouped}. ${prose}`]) {
        expect([text.length, rules(text)]).toEqual([text.length, expect.arrayContaining(['mistral-grouped'])]);
      }
    }
  });

  it('finds a key whose only letter next to a digit sits in its last group', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const key = `${alnum(rand, 28, letters)}Qz7${alnum(rand, 1, letters)}`;
    const text = `token ${key.slice(0, 8)}-${key.slice(8, 16)}-${key.slice(16, 24)}-${key.slice(24, 32)} end`;
    expect(rules(text)).toContain('mistral-grouped');
  });

  it('stays linear on digit floods and letter-digit floods', () => {
    expect(growthRatio((n) => fill('1', n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => fill('a1 ', n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
