import { normalize } from '../match/normalize';
import { REGISTRY, getDocument } from './index';
import type { Clause } from './schema';

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
};
const HAN: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
};

const fold = (s: string) => normalize(s).text.replace(/\s+/g, ' ').trim();

/** "10.7", "art 10 vii", "article 10(7)", "第十条第七项", "10-7" → the Article 10 item it names. */
function article10Item(query: string): number | undefined {
  const q = fold(query)
    .replace(/[()（）.\-_,，]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const latin = /^(?:art(?:icle)?\s*)?10\s*(?:item\s*)?(\d{1,2}|[ivx]+)$/.exec(q);
  if (latin?.[1]) return Number(latin[1]) || ROMAN[latin[1]];
  const han = /^第?十条第?([一二三四五六七八九十]+)项?$/.exec(q.replace(/\s/g, ''));
  if (han?.[1]) return HAN[han[1]];
  return undefined;
}

export interface ClauseHit {
  clause: Clause;
  score: number;
}

/**
 * Clause lookup for the popup: by locator in any of the forms researchers type, or by words of the text,
 * label or explanation in either language (Traditional and full-width input fold like the matcher's).
 */
export function searchClauses(query: string, enabledDocuments?: readonly string[]): ClauseHit[] {
  const pool = REGISTRY.clauses.filter((c) => !enabledDocuments || enabledDocuments.includes(c.document));
  const q = fold(query);
  if (!q) return pool.map((clause) => ({ clause, score: 0 }));
  const item = article10Item(query);
  if (item !== undefined) {
    const c = pool.find((x) => x.id === `bj-microblog-2011/art10-${item}`);
    if (c) return [{ clause: c, score: 100 }];
  }
  const words = q.split(' ').filter(Boolean);
  const hits: ClauseHit[] = [];
  for (const clause of pool) {
    const exact = [clause.id, ...clause.aliases, clause.locator.en, clause.locator.zh].map(fold);
    if (exact.includes(q)) {
      hits.push({ clause, score: 90 });
      continue;
    }
    const doc = getDocument(clause.document);
    const fields = [
      [clause.label.en, clause.label.zh, 8],
      [clause.text.en, clause.text.zh, 4],
      [clause.explanation.en, clause.explanation.zh, 2],
      [doc?.title.en ?? '', doc?.title.zh ?? '', 1],
    ] as const;
    let score = 0;
    for (const w of words) {
      let best = 0;
      for (const [en, zh, weight] of fields)
        if (fold(en).includes(w) || fold(zh).includes(w)) best = Math.max(best, weight);
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) hits.push({ clause, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}
