/**
 * Builds the evaluation sets under bench/data/ from the hand-written files in bench/data/authored/ and the
 * generators in this folder (encodings, adversarial suffixes). Deterministic: same inputs, same rows, ids
 * and splits. Public sets are built separately by `public.ts` (it needs the fetched source snapshots).
 *
 * Run: node --import tsx bench/data/build/build.ts
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { authoredRows, contentKey, DATA_DIR, writeSet } from './common.js';
import { obfuscatedRows } from './obfuscate.js';
import { splitRows2 } from './split-2.js';
import { suffixRows } from './suffix.js';
import { suffixRows2 } from './suffix-2.js';
import { suffixRows3 } from './suffix-3.js';
import { suffixRows4 } from './suffix-4.js';
import { suffixlikeRows } from './suffixlike.js';
import { suffixlikeRows2 } from './suffixlike-2.js';
import { suffixlikeRows3 } from './suffixlike-3.js';

const have = (f: string): boolean => existsSync(resolve(DATA_DIR, 'authored', f));
const files = (...fs: string[]): string[] => fs.filter(have);

writeSet('benign-lookalike', authoredRows(files('benign-words.txt', 'benign-code.txt', 'benign-talk.txt', 'benign-docs.txt', 'benign-more.txt'), 'benign'));
if (have('attack-extraction.txt')) writeSet('attack-extraction', authoredRows(['attack-extraction.txt'], 'attack'));
if (have('attack-extraction-2.txt')) writeSet('attack-extraction-2', authoredRows(['attack-extraction-2.txt'], 'attack'));
// Third extraction set (lane extract4, issue 10): written blind, committed before the detector read a row.
if (have('attack-extraction-3.txt')) writeSet('attack-extraction-3', authoredRows(['attack-extraction-3.txt'], 'attack'));
// Fourth extraction set (lane extract5, issue 10): indirect wordings with few cue words, written blind.
if (have('attack-extraction-4.txt')) writeSet('attack-extraction-4', authoredRows(['attack-extraction-4.txt'], 'attack'));
if (have('attack-hijack.txt')) writeSet('attack-hijack', authoredRows(['attack-hijack.txt'], 'attack'));
if (have('attack-persuasion.txt')) writeSet('attack-persuasion', authoredRows(['attack-persuasion.txt'], 'attack'));
if (have('attack-split.txt')) writeSet('attack-split', authoredRows(['attack-split.txt'], 'attack'));
if (have('attack-lang.txt')) writeSet('attack-lang', authoredRows(['attack-lang.txt'], 'attack'));
if (have('suffix-requests.txt')) writeSet('attack-suffix', suffixRows(), (r) => r.request ?? '');
if (have('obfuscation-pool.txt')) writeSet('attack-obfuscated', obfuscatedRows(), (r) => r.plaintext ?? '');

// Second round for issue #10 (split attacks, adversarial suffixes, other languages): written and generated blind.
if (have('suffix-requests-2.txt')) writeSet('attack-suffix-2', suffixRows2(), (r) => r.request ?? '');
if (have('attack-split-2.txt')) writeSet('attack-split-2', [...authoredRows(['attack-split-2.txt'], 'attack'), ...splitRows2()], (r) => r.plaintext ?? contentKey(r));
if (have('attack-lang-2.txt')) writeSet('attack-lang-2', authoredRows(['attack-lang-2.txt'], 'attack'));
// Third round of issue #10 (lane hijack5): goal hijacking in shapes the first sets miss, written blind.
if (have('attack-hijack-2.txt')) writeSet('attack-hijack-2', authoredRows(['attack-hijack-2.txt'], 'attack'));
// Fourth round of issue #10 (lane hijack6): goal hijacking in the registers the first two sets leave thin, written blind.
if (have('attack-hijack-3.txt')) writeSet('attack-hijack-3', authoredRows(['attack-hijack-3.txt'], 'attack'));
if (have('benign-suffixlike.txt')) writeSet('benign-suffixlike', [...authoredRows(['benign-suffixlike.txt'], 'benign'), ...suffixlikeRows(36)]);
// Tuning aid, all `tune`: the tune half of benign-suffixlike had one log line and no emoji or mixed-script row.
// Tuning aid of lane extract4, all `tune`: look-alikes of the new extraction acts and objects.
if (have('benign-lookalike-9-extra.txt')) writeSet('benign-lookalike-9-extra', authoredRows(['benign-lookalike-9-extra.txt'], 'benign'), undefined, DATA_DIR, 'tune');
if (have('benign-suffixlike-extra.txt')) writeSet('benign-suffixlike-extra', authoredRows(['benign-suffixlike-extra.txt'], 'benign'), undefined, DATA_DIR, 'tune');
// The lead's cross-lane check sets of stop 22: written blind, all `holdout`, never tuned on by anyone.
if (have('lead-attack-12.txt')) writeSet('lead-attack-12', authoredRows(['lead-attack-12.txt'], 'attack'), undefined, DATA_DIR, 'holdout');
if (have('lead-benign-12.txt')) writeSet('lead-benign-12', authoredRows(['lead-benign-12.txt'], 'benign'), undefined, DATA_DIR, 'holdout');
// Attack controls for benign-lookalike-11 (lane lookalike9b): real attacks in the look-alikes' framings, written blind.
if (have('attack-control-11.txt')) writeSet('attack-control-11', authoredRows(['attack-control-11.txt'], 'attack'));
// Tuning aid for lane lookalike9b, all `tune`: the tune half of benign-lookalike-11 was used up by the first fixes.
if (have('benign-lookalike-11-extra.txt')) writeSet('benign-lookalike-11-extra', authoredRows(['benign-lookalike-11-extra.txt'], 'benign'), undefined, DATA_DIR, 'tune');
if (have('benign-lookalike-11-extra2.txt')) writeSet('benign-lookalike-11-extra2', authoredRows(['benign-lookalike-11-extra2.txt'], 'benign'), undefined, DATA_DIR, 'tune');
if (have('benign-lookalike-11-extra3.txt')) writeSet('benign-lookalike-11-extra3', authoredRows(['benign-lookalike-11-extra3.txt'], 'benign'), undefined, DATA_DIR, 'tune');
if (have('benign-lookalike-11-extra4.txt')) writeSet('benign-lookalike-11-extra4', authoredRows(['benign-lookalike-11-extra4.txt'], 'benign'), undefined, DATA_DIR, 'tune');
// Attack controls for benign-lookalike-14 (lane precision12): attacks in the look-alikes' framings, written blind.
if (have('attack-control-14.txt')) writeSet('attack-control-14', authoredRows(['attack-control-14.txt'], 'attack'));

// Tuning aid of lane hijack6, all `tune`: honest shapes of the hijack6 rules, written blind after their first round.
if (have('benign-lookalike-12-extra.txt')) writeSet('benign-lookalike-12-extra', authoredRows(['benign-lookalike-12-extra.txt'], 'benign'), undefined, DATA_DIR, 'tune');

// Third round (lane suffix3): suffix styles the first two sets left thin, and their precision guards; written and
// generated blind (committed before the detector read a row).
if (have('suffix-requests-3.txt')) writeSet('attack-suffix-3', suffixRows3(), (r) => r.request ?? '');
if (have('benign-suffixlike-2.txt')) writeSet('benign-suffixlike-2', [...authoredRows(['benign-suffixlike-2.txt'], 'benign'), ...suffixlikeRows2(45)]);
// Tuning aid, all `tune`: mixed-script writing (Latin words glued into CJK and Thai text, brand names in Cyrillic text).
if (have('benign-suffixlike-extra-2.txt')) writeSet('benign-suffixlike-extra-2', authoredRows(['benign-suffixlike-extra-2.txt'], 'benign'), undefined, DATA_DIR, 'tune');

// Fourth round (lane suffix4): soup anywhere in the message (middle, before a closing sentence), and benign noise with
// plain sentences around it; written and generated blind (committed before the detector read a row).
if (have('suffix-requests-4.txt')) writeSet('attack-suffix-4', suffixRows4(), (r) => r.request ?? '');
if (have('benign-suffixlike-3.txt')) writeSet('benign-suffixlike-3', [...authoredRows(['benign-suffixlike-3.txt'], 'benign'), ...suffixlikeRows3(55)]);
// Tuning aid of lane suffix4, all `tune`: more noisy honest messages of the same kinds (another seed, and written rows).
if (have('benign-suffixlike-extra-3.txt')) writeSet('benign-suffixlike-extra-3', [...authoredRows(['benign-suffixlike-extra-3.txt'], 'benign'), ...suffixlikeRows3(44, 0x5f1e3044)], undefined, DATA_DIR, 'tune');
