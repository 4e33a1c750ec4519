import type { ResolvedEntry } from '../match/lexicon';
import { parseLexicon } from '../match/load-lexicon';
import art10_1 from './data/art10-1.json';
import art10_2 from './data/art10-2.json';
import art10_3 from './data/art10-3.json';
import art10_4 from './data/art10-4.json';
import art10_5 from './data/art10-5.json';
import art10_6 from './data/art10-6.json';
import art10_7 from './data/art10-7.json';
import art10_8 from './data/art10-8.json';
import art10_9 from './data/art10-9.json';
import art10_10 from './data/art10-10.json';
import art10_11 from './data/art10-11.json';
import baselines from './data/baselines.json';

/** The default lexicon's files, by file name; each is validated like any user lexicon. */
export const DEFAULT_LEXICON_FILES: Record<string, unknown> = {
  'art10-1.json': art10_1,
  'art10-2.json': art10_2,
  'art10-3.json': art10_3,
  'art10-4.json': art10_4,
  'art10-5.json': art10_5,
  'art10-6.json': art10_6,
  'art10-7.json': art10_7,
  'art10-8.json': art10_8,
  'art10-9.json': art10_9,
  'art10-10.json': art10_10,
  'art10-11.json': art10_11,
  'baselines.json': baselines,
};

let cached: ResolvedEntry[] | undefined;

/** Every entry of the default lexicon, parsed and checked once. */
export function defaultEntries(): ResolvedEntry[] {
  cached ??= Object.entries(DEFAULT_LEXICON_FILES).flatMap(
    ([file, data]) => parseLexicon(data, `utils/lexicon/data/${file}`, { trusted: true }).entries,
  );
  return cached;
}
