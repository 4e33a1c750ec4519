// Deterministic generated corpus and lexicons for the matching benchmark.
import type { ResolvedEntry } from '../../../utils/match';
import { mulberry32 } from '../../fixtures/random';

// The 3,500 characters of the Table of General Standard Chinese Characters' first level fall inside this range;
// a Zipf-like weighting over a fixed shuffle of it stands in for character frequency.
function charPool(rnd: () => number): string[] {
  const pool: string[] = [];
  for (let c = 0x4e00; c < 0x9fa6; c += 5) pool.push(String.fromCharCode(c));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, 3500);
}

const WORDS =
  'the of and to in is was for on that with as by at from his he it an were are which this be or has had not first one their its new after who they have her she two been other when there all during into school time may years more most only over city some world would where later up such used many can state about national out known university united then made government people party law police report city market court news power public year china chinese beijing province local media online internet post users account video'.split(
    ' ',
  );

export interface Corpus {
  text: string;
  lexicons: Map<number, ResolvedEntry[]>;
}

/** ~size characters of mixed Chinese (70%) and English (30%) text, and lexicons of the given sizes. */
export function generate(size: number, lexiconSizes: number[], seed = 20261122): Corpus {
  const rnd = mulberry32(seed);
  const pool = charPool(rnd);
  const zipf = () =>
    pool[Math.min(pool.length - 1, Math.floor(Math.pow(rnd(), 2.2) * pool.length))] as string;
  const largest = Math.max(...lexiconSizes);
  const terms: { term: string; lang: 'zh' | 'en' }[] = [];
  const seen = new Set<string>();
  while (terms.length < largest) {
    let term = '';
    let lang: 'zh' | 'en' = 'zh';
    if (rnd() < 0.8) {
      const len = 2 + Math.floor(rnd() * 3);
      for (let i = 0; i < len; i++) term += zipf();
    } else {
      lang = 'en';
      term = `${WORDS[Math.floor(rnd() * WORDS.length)]} ${WORDS[Math.floor(rnd() * WORDS.length)]}${rnd() < 0.5 ? 's' : 'ing'}`;
    }
    if (seen.has(term)) continue;
    seen.add(term);
    terms.push({ term, lang });
  }
  const lexicons = new Map<number, ResolvedEntry[]>();
  for (const n of lexiconSizes)
    lexicons.set(
      n,
      terms.slice(0, n).map(({ term, lang }, i) => ({
        id: `bench:${term}`,
        lexicon: 'bench',
        path: `bench#${i}`,
        lang,
        level: 'strict' as const,
        clauses: [`bj-microblog-2011/art10-${1 + (i % 11)}`],
        note: 'generated',
        exceptions: [],
        term,
        variants: [],
      })),
    );
  // Text: sentences of frequency-weighted characters and English words, with terms from the smallest lexicon
  // planted now and then (some in Traditional-free but noisy forms, as evasion would write them).
  const planted = terms.slice(0, Math.min(...lexiconSizes));
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let s = '';
    if (rnd() < 0.7) {
      const len = 8 + Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) s += zipf();
      if (rnd() < 0.05) {
        const t = planted[Math.floor(rnd() * planted.length)]?.term ?? '';
        s += rnd() < 0.3 ? [...t].join('*') : t;
      }
      s += rnd() < 0.6 ? '，' : '。';
    } else {
      const len = 5 + Math.floor(rnd() * 20);
      s = Array.from({ length: len }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
      s = `${s[0]?.toUpperCase()}${s.slice(1)}. `;
    }
    if (rnd() < 0.02) s += '\n';
    parts.push(s);
    length += s.length;
  }
  return { text: parts.join(''), lexicons };
}
