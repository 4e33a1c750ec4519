import { ARTICLE_10_IDS, BASELINE_IDS } from '../../utils/clauses';
import type { ResolvedEntry } from '../../utils/match';

export interface Coverage {
  clause: string;
  zh: number;
  en: number;
  variants: number;
  rules: number;
}

/** Entries (terms and rules; variants counted apart) per clause and language. */
export function coverage(entries: readonly ResolvedEntry[]) {
  const rows = new Map<string, Coverage>(
    [...ARTICLE_10_IDS, ...BASELINE_IDS].map((clause) => [
      clause,
      { clause, zh: 0, en: 0, variants: 0, rules: 0 },
    ]),
  );
  const total = { zh: 0, en: 0, variants: 0, rules: 0 };
  for (const e of entries) {
    total[e.lang]++;
    total.variants += e.variants.length;
    if (e.rule) total.rules++;
    for (const c of e.clauses) {
      const r = rows.get(c);
      if (!r) continue;
      r[e.lang]++;
      r.variants += e.variants.length;
      if (e.rule) r.rules++;
    }
  }
  return { rows: [...rows.values()], total };
}

/** Items that must each have at least 100 Chinese entries: (ii), (iv)–(x). */
export const ITEMS_NEEDING_100_ZH = [2, 4, 5, 6, 7, 8, 9, 10].map((n) => `bj-microblog-2011/art10-${n}`);
