import { describe, expect, it } from 'vitest';
import { searchClauses } from '../../utils/clauses/search';

const ids = (q: string, docs?: string[]) => searchClauses(q, docs).map((h) => h.clause.id);

describe('clause lookup', () => {
  it.each(['10.7', 'art 10 vii', 'Art. 10 (vii)', 'article 10(7)', '第十条第七项', '10-7', 'ART 10 VII'])(
    'finds Article 10 (vii) by its locator written as %j',
    (q) => expect(ids(q)[0]).toBe('bj-microblog-2011/art10-7'),
  );

  it('finds baselines by name in Chinese, Traditional or English', () => {
    expect(ids('道德风尚')[0]).toBe('seven-baselines-2013/6');
    expect(ids('道德風尚')[0]).toBe('seven-baselines-2013/6');
    expect(ids('authenticity')[0]).toBe('seven-baselines-2013/7');
  });

  it('searches words of the text in both languages, all words required', () => {
    expect(ids('rumors')).toContain('bj-microblog-2011/art10-6');
    expect(ids('邪教')).toContain('bj-microblog-2011/art10-5');
    expect(ids('rumors cults')).toEqual([]);
  });

  it('keeps to the enabled documents', () => {
    expect(ids('harmful')).toContain('isc-convention-2002/art9-1');
    expect(ids('harmful', ['bj-microblog-2011', 'seven-baselines-2013'])).not.toContain(
      'isc-convention-2002/art9-1',
    );
  });

  it('lists every clause for an empty query', () => {
    expect(ids('').length).toBeGreaterThanOrEqual(23);
  });
});
