import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../utils/match';
import { A, STARTER } from './helpers/lexicon';

const m = createMatcher(STARTER);
const found = (text: string) => m.match(text).map((x) => [x.text, x.clauses]);

describe('matching', () => {
  it('reports offsets in the original text, the term, steps, clauses and implied baselines', () => {
    const text = '他們在學習法*輪*功。';
    const [hit] = m.match(text);
    expect(hit).toMatchObject({
      start: 5,
      end: 10,
      text: '法*輪*功',
      term: '法轮功',
      base: '法轮功',
      clauses: [A(5)],
      steps: ['traditional', 'noise-removed'],
      implied: ['seven-baselines-2013/1', 'seven-baselines-2013/5', 'seven-baselines-2013/6'],
    });
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('matches variants and says which kind', () => {
    const [hit] = m.match('我被河蟹了');
    expect(hit).toMatchObject({
      text: '河蟹',
      term: '河蟹',
      base: '被和谐',
      variant: 'homophone',
      clauses: [A(6)],
    });
    expect(m.match('5月35日那天')[0]).toMatchObject({ base: '六四事件', variant: 'number-code' });
  });

  it('holds English and pinyin terms to word boundaries', () => {
    expect(found('FLG is banned')).toEqual([['FLG', [A(5)]]]);
    expect(found('flgx, xflg, 8964x')).toEqual([]);
    expect(found('about Falun  Gong.')).toEqual([['Falun  Gong', [A(5)]]]);
    expect(found('我们练falungong的')).toEqual([['falungong', [A(5)]]]);
  });

  it('lets exceptions cancel a match (大麻烦 is not 大麻, 路口交通 is not 口交)', () => {
    expect(found('这是一个大麻烦')).toEqual([]);
    expect(found('路口交通拥堵')).toEqual([]);
    expect(found('吸大麻')).toEqual([['大麻', [A(7)]]]);
    expect(found('吸大麻，惹上大麻烦')).toEqual([['大麻', [A(7)]]]);
  });

  it('drops a shorter match inside a longer one with the same clauses', () => {
    expect(found('法轮功学员')).toEqual([['法轮功', [A(5)]]]);
  });

  it('fires combination rules only when every part is in the window', () => {
    const [rule] = m.match('那年六四，坦克开进了城。');
    expect(rule).toMatchObject({ term: '六四|64+坦克|镇压', clauses: [A(2)], text: '六四，坦克' });
    expect(rule?.parts?.map((p) => p.term)).toEqual(['六四', '坦克']);
    expect(m.match('六四那天下雨。坦克模型展览开幕')).toEqual([]);
    expect(m.match('广场上开始清场')).toHaveLength(1);
    expect(m.match('广场上\n清场')).toEqual([]); // a character window does not cross a line break
    expect(m.match('In 64 the tanks came. Later, in 1.5 hours, 坦克 left')).toEqual([]);
    expect(m.match('广场上的人很多很多很多很多很多很多，后来清场')).toEqual([]);
  });

  it('does not bridge a single full stop or comma between two sentences', () => {
    expect(found('这是大法。轮到你了')).toEqual([]);
    expect(found('他说法，轮功')).toEqual([]);
    expect(found('法，轮，功')).toEqual([['法，轮，功', [A(5)]]]);
  });

  it('merges clause lists of entries sharing a span', () => {
    expect(found('天安门母亲群体')).toEqual([['天安门母亲', [A(2), A(9)]]]);
  });

  it('returns nothing for empty or unmatched text', () => {
    expect(m.match('')).toEqual([]);
    expect(m.match('今天天气很好')).toEqual([]);
  });
});
