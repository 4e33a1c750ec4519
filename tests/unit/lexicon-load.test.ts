import { describe, expect, it } from 'vitest';
import { LexiconError, parseLexicon, parseLexiconText } from '../../utils/match';

const lexicon = (groups: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'clausemark-lexicon/1',
  id: 'mine',
  name: { zh: '我的', en: 'Mine' },
  groups,
  ...extra,
});
const group = (entries: unknown[], over: Record<string, unknown> = {}) => ({
  note: 'why',
  clauses: ['bj-microblog-2011/art10-5'],
  lang: 'zh',
  entries,
  ...over,
});

function errorOf(data: unknown): LexiconError {
  try {
    parseLexicon(data, 'packs/mine.json');
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error('expected a LexiconError');
}

describe('loading a lexicon', () => {
  it('applies group defaults and gives entries stable ids', () => {
    const { entries } = parseLexicon(lexicon([group(['法轮功', { term: 'flg', lang: 'en' }])]), 'x.json');
    expect(entries.map((e) => [e.id, e.lang, e.clauses, e.note])).toEqual([
      ['mine:法轮功', 'zh', ['bj-microblog-2011/art10-5'], 'why'],
      ['mine:flg', 'en', ['bj-microblog-2011/art10-5'], 'why'],
    ]);
  });

  it.each([
    [lexicon([group(['ok', { term: '' }])]), /entries\[1\]/, /empty/],
    [
      lexicon([group(['ok'], { clauses: ['bj-microblog-2011/art10-99'] })]),
      /groups\[0\]\.entries\[0\] "ok"/,
      /unknown clause id/,
    ],
    [lexicon([group([{ term: '大麻', exceptions: ['麻烦'] }])]), /"大麻"/, /does not contain the term/],
    [lexicon([group([{ rule: '六四' }])]), /entries\[0\]/, /at least two parts/],
    [
      lexicon([group([{ term: 'x', variants: [{ text: 'y', kind: 'nonsense' }] }])]),
      /entries\[0\]/,
      /kind|Invalid/,
    ],
    [lexicon([], { entries: ['orphan'] }), /entries\[0\] "orphan"/, /no language/],
    [lexicon([group(['\u200b\u200b'])]), /entries\[0\]/, /empty after normalisation/],
    [{ ...lexicon([]), format: 'other' }, /format/, /./],
  ])('names the file, the entry and the reason (%#)', (data, entry, reason) => {
    const err = errorOf(data);
    expect(err.file).toBe('packs/mine.json');
    expect(err.entry).toMatch(entry);
    expect(err.reason).toMatch(reason);
    expect(err.message).toContain('packs/mine.json: ');
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseLexiconText('{"format": ', 'broken.json')).toThrow(
      /broken\.json: \(file\): not valid JSON/,
    );
  });

  it('loads nothing from a file with one bad entry among good ones', () => {
    const data = lexicon([group(['好的', '也好']), group([{ term: '坏的', clauses: ['nope'] }])]);
    expect(() => parseLexicon(data, 'f.json')).toThrow(LexiconError);
  });
});
