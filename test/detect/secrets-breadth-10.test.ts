/**
 * WireGuard keys printed by `wg genkey` / `wg genpsk` (secrets10 round), written from wg(8): the key is 32 bytes
 * in base64 on the line after the command; `wg genkey | wg pubkey` prints the public key instead. Keys are
 * random at run time.
 */
import { randomBytes } from 'node:crypto';
import { detectSecrets } from '../../src/detect/secrets.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);

describe('WireGuard keys printed by wg genkey / genpsk', () => {
  it.each(['$ wg genkey', 'root@vpn:~# wg genpsk', '$ umask 077; wg genkey | tee privatekey'])('%s', (command) => {
    const key = randomBytes(32).toString('base64');
    const text = `${command}\n${key}\n`;
    const found = detectSecrets(text).filter((e) => e.rule === 'wireguard-genkey');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(key);
  });

  it('the public key that wg pubkey prints, a key of the wrong length and prose are none', () => {
    expect(rules(`$ wg genkey | tee privatekey | wg pubkey\n${randomBytes(32).toString('base64')}`)).not.toContain('wireguard-genkey');
    expect(rules(`$ wg genkey\n${randomBytes(33).toString('base64')}`)).not.toContain('wireguard-genkey');
    expect(rules('Run wg genkey to make a key, then wg pubkey to derive the public one.')).toEqual([]);
  });

  it('costs linear time on repeated commands', () => {
    expect(growthRatio((n) => fill('wg genkey\n', n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => fill(`wg genkey ${'x'.repeat(100)}\n`, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
