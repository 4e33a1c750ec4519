import { parseLexicon, type ResolvedEntry } from '../../../utils/match';

/** A small lexicon in the real file format, for tests that must not depend on the default lexicon's contents. */
export function testEntries(groups: unknown[], entries: unknown[] = []): ResolvedEntry[] {
  return parseLexicon(
    { format: 'clausemark-lexicon/1', id: 'test', name: { zh: '测试', en: 'Test' }, groups, entries },
    'test.json',
  ).entries;
}

export const A = (n: number) => `bj-microblog-2011/art10-${n}`;

export const STARTER = testEntries([
  {
    note: 'Falun Gong',
    clauses: [A(5)],
    lang: 'zh',
    entries: [
      {
        term: '法轮功',
        variants: [
          { text: 'flg', kind: 'initials' },
          { text: 'falungong', kind: 'pinyin' },
        ],
      },
      '法轮',
      '李洪志',
    ],
  },
  { note: 'Falun Gong (English)', clauses: [A(5)], lang: 'en', entries: ['Falun Gong'] },
  {
    note: 'drugs and sex',
    clauses: [A(7)],
    lang: 'zh',
    entries: [
      { term: '大麻', exceptions: ['大麻烦'] },
      { term: '口交', exceptions: ['路口交通'] },
    ],
  },
  {
    note: 'June Fourth',
    clauses: [A(2)],
    lang: 'zh',
    entries: [
      {
        term: '六四事件',
        variants: [
          { text: '5月35日', kind: 'number-code' },
          { text: '8964', kind: 'number-code' },
        ],
      },
      { rule: '六四|64+坦克|镇压', window: 'sentence' },
      { rule: '广场+清场', window: 12 },
    ],
  },
  {
    note: 'harmony',
    clauses: [A(6)],
    lang: 'zh',
    entries: [{ term: '被和谐', variants: [{ text: '河蟹', kind: 'homophone' }] }],
  },
  { note: 'both', clauses: [A(2), A(9)], lang: 'zh', entries: ['天安门母亲'] },
]);
