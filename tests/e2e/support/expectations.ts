/**
 * What ClauseMark must highlight in the fixture pages: for each passage (element id), the colour family and
 * the exact text of every highlight inside it, in document order. An empty list means nothing may be
 * highlighted there (benign text, including look-alikes such as 大麻烦, and news of a seizure).
 */
export type Highlighted = [family: string, text: string][];
export type PassageExpectations = Record<string, Highlighted>;

export const WEIBO: PassageExpectations = {
  'text-weather': [],
  'text-park': [['art10-5', '法轮功']],
  'text-number': [['art10-2', '8964']],
  // news of a seizure is not prohibited content; offering the drug for sale is
  'text-customs': [],
  'text-sale': [['art10-7', '出售大麻']],
  'text-english': [['art10-5', 'Falun Gong']],
  'text-anniversary': [['art10-2', '六四三十五周年']],
  'text-bother': [],
  'text-recipe': [],
};

export const NEWS: PassageExpectations = {
  headline: [],
  byline: [],
  lede: [],
  seizure: [],
  advert: [['art10-7', '出售大麻']],
  anniversary: [['art10-2', '8964']],
  religion: [['art10-5', 'Falun Gong']],
  market: [],
};

/** Terms split over elements, with inserted symbols, in Traditional characters. */
export const FORUM: PassageExpectations = {
  op: [],
  'split-bold': [['art10-5', '法轮功']],
  'split-span': [['art10-7', '出售大麻']],
  noise: [['art10-5', '法*轮*功']],
  traditional: [['art10-5', '法輪功']],
  plain: [],
};

/** infinite.js's five post templates, by post number modulo 5. */
export const INFINITE_TEMPLATES: Highlighted[] = [
  [],
  [['art10-5', '法轮功']],
  [['art10-7', '出售大麻']],
  [['art10-5', 'Falun Gong']],
  [],
];

export const SPA_HOME: PassageExpectations = { 'home-text': [['art10-7', '出售大麻']] };
export const SPA_ARTICLE: PassageExpectations = {
  'article-1': [['art10-2', '六四三十五周年']],
  'article-2': [['art10-5', 'Falun Gong']],
};

export const IFRAMES_TOP: PassageExpectations = { 'top-text': [['art10-2', '8964']] };
export const IFRAME_SAME: PassageExpectations = { 'same-text': [['art10-7', '出售大麻']] };
export const IFRAME_CROSS: PassageExpectations = { 'cross-text': [['art10-5', '法轮功']] };

export const SHADOW: PassageExpectations = {
  'light-text': [],
  'shadow-text': [['art10-5', '法轮功']],
  'nested-text': [['art10-7', '出售大麻']],
  'slotted-text': [['art10-2', '六四三十五周年']],
};

/** Every expected highlight of a page in document order (passages are listed in document order). */
export function inOrder(p: PassageExpectations): Highlighted {
  return Object.values(p).flat();
}

/** Expected ranges per family, keys sorted. */
export function familyCounts(p: PassageExpectations): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [family] of inOrder(p)) out[family] = (out[family] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
