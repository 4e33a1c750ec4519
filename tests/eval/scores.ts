import { ARTICLE_10_IDS } from '../../utils/clauses';
import type { Matcher } from '../../utils/match';
import type { LabelledCase } from './labelled-set';

export interface ItemScore {
  clause: string;
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Miss {
  kind: 'missed' | 'false alarm';
  clause: string;
  where: string;
  text: string;
  fired: string[];
}

/** Article 10 items a case fired (direct clause ids only; baselines are implied, not labelled). */
export function firedItems(m: Matcher, text: string): Set<string> {
  const fired = new Set<string>();
  for (const match of m.match(text))
    for (const c of match.clauses) if (ARTICLE_10_IDS.includes(c)) fired.add(c);
  return fired;
}

/** Precision and recall per Article 10 item over the whole labelled set. */
export function scoreLabelled(
  m: Matcher,
  cases: readonly LabelledCase[],
): { items: ItemScore[]; misses: Miss[] } {
  const items = new Map<string, ItemScore>(
    ARTICLE_10_IDS.map((clause) => [
      clause,
      { clause, positives: 0, negatives: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 },
    ]),
  );
  const misses: Miss[] = [];
  for (const c of cases) {
    const fired = firedItems(m, c.text);
    const where = `${c.file}:${c.line}`;
    for (const s of items.values()) {
      const expected = c.expect.includes(s.clause);
      if (expected) s.positives++;
      if (!expected && c.about === s.clause) s.negatives++;
      const got = fired.has(s.clause);
      if (expected && got) s.tp++;
      else if (expected) {
        s.fn++;
        misses.push({ kind: 'missed', clause: s.clause, where, text: c.text, fired: [...fired] });
      } else if (got) {
        s.fp++;
        misses.push({ kind: 'false alarm', clause: s.clause, where, text: c.text, fired: [...fired] });
      }
    }
  }
  for (const s of items.values()) {
    s.precision = s.tp + s.fp === 0 ? (s.positives === 0 ? 1 : 0) : s.tp / (s.tp + s.fp);
    s.recall = s.positives === 0 ? 1 : s.tp / s.positives;
  }
  return { items: [...items.values()], misses };
}
