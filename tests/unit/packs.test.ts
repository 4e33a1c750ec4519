import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, parseLexicon, parseLexiconText } from '../../utils/match';
import {
  importPack,
  loadPack,
  PackError,
  packIdFor,
  packLexiconJson,
  packSourceText,
  parseCsv,
  readKeywordList,
  remapPack,
  type CategoryMapping,
} from '../../utils/packs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/packs/${name}`, import.meta.url), 'utf8');
const A = (n: number) => `bj-microblog-2011/art10-${n}`;
const MAPPING: CategoryMapping = JSON.parse(fixture('mapping.json'));

function failure(run: () => unknown): PackError {
  try {
    run();
  } catch (err) {
    if (err instanceof PackError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('importing a keyword CSV in the Citizen Lab shape', () => {
  const pack = importPack(fixture('keywords.csv'), 'lists/WeChat keywords.csv', MAPPING);

  it('gives a pack whose lexicon is a valid ClauseMark lexicon that round-trips through parseLexicon', () => {
    expect(pack).toMatchObject({
      id: 'wechat-keywords',
      name: 'WeChat keywords.csv',
      source: { format: 'csv', fileName: 'lists/WeChat keywords.csv', keywordColumn: 0, categoryColumn: 2 },
      mapping: MAPPING,
    });
    expect(pack.lexicon.format).toBe('clausemark-lexicon/1');
    const again = parseLexiconText(packLexiconJson(pack), 'wechat-keywords.json');
    expect(again.lexicon).toEqual(pack.lexicon);
    expect(again.entries.map((e) => e.term ?? e.rule?.parts.map((p) => p.join('|')).join('+'))).toEqual([
      '法轮功',
      '李洪志',
      'Falun Dafa',
      '六四+坦克',
      '天安门母亲',
      '多行\n关键词',
      '彩票代购',
    ]);
  });

  it('gives each category its clauses and each keyword its language, and A+B becomes a same-sentence rule', () => {
    // One group per category and language, in the order they first appear.
    const groups = pack.lexicon.groups.map((g) => [g.note, g.lang, g.clauses, g.entries.length]);
    expect(groups).toEqual([
      ['Category "Political" in WeChat keywords.csv', 'zh', [A(5)], 2],
      ['Category "Political" in WeChat keywords.csv', 'en', [A(5)], 1],
      ['Category "Event" in WeChat keywords.csv', 'zh', [A(2), A(9)], 2],
      ['Category "Social" in WeChat keywords.csv', 'zh', [A(6)], 2],
    ]);
    const m = createMatcher(parseLexicon(pack.lexicon, 'pack').entries);
    const found = (text: string) => m.match(text).map((x) => [x.text, x.clauses]);
    expect(found('我在學習法*輪*功')).toEqual([['法*輪*功', [A(5)]]]);
    expect(found('六四那天，坦克来了。')).toEqual([['六四那天，坦克', [A(2), A(9)]]]);
    expect(found('六四那天。坦克来了。')).toEqual([]);
    expect(found('He joined Falun Dafa.')).toEqual([['Falun Dafa', [A(5)]]]);
  });

  it('finds the columns by name in any case, with a byte order mark and CRLF line ends', () => {
    const p = importPack(fixture('bom-crlf.csv'), 'bom-crlf.csv', { Political: [A(5)], Social: [A(6)] });
    expect(p.source).toMatchObject({ header: ['Keyword', 'Category'], bom: true, newline: '\r\n' });
    expect(p.source.rows.map((r) => [r.keyword, r.category, r.line])).toEqual([
      ['法轮功', 'Political', 2],
      ['河蟹, 和谐', 'Social', 3],
    ]);
  });

  it('exports the keywords in the shape they came in, and the export imports to the same lexicon', () => {
    const text = packSourceText(pack);
    expect(parseCsv(text, 'out.csv').map((r) => r.cells)).toEqual(
      parseCsv(fixture('keywords.csv'), 'in.csv').map((r) => r.cells),
    );
    expect(importPack(text, 'lists/WeChat keywords.csv', MAPPING).lexicon).toEqual(pack.lexicon);
    const crlf = fixture('bom-crlf.csv');
    expect(packSourceText(importPack(crlf, 'b.csv', { '*': [A(5)] }))).toBe(crlf);
  });

  it('maps categories it does not name with "*", and explicit categories win over "*"', () => {
    const p = importPack(fixture('keywords.csv'), 'k.csv', { Political: [A(5)], '*': [A(11)] });
    expect(p.lexicon.groups.map((g) => [g.note.split(' ')[1], g.clauses])).toEqual([
      ['"Political"', [A(5)]],
      ['"Political"', [A(5)]],
      ['"Event"', [A(11)]],
      ['"Social"', [A(11)]],
    ]);
  });

  it('rebuilds the same keywords under a new mapping', () => {
    const remapped = remapPack(pack, { '*': [A(1)] });
    expect(remapped.id).toBe(pack.id);
    expect(remapped.lexicon.groups.every((g) => g.clauses.join() === A(1))).toBe(true);
    expect(remapped.source).toBe(pack.source);
  });
});

describe('unmapped categories', () => {
  it('are an error that lists each with its keyword count and first line', () => {
    const err = failure(() => importPack(fixture('keywords.csv'), 'k.csv', { Political: [A(5)] }));
    expect(err.message).toBe(
      'k.csv: categories not mapped to any clause: "Event": 2 keywords, first on line 5; ' +
        '"Social": 2 keywords, first on line 7',
    );
  });

  it('are left out with the skip option, also from the export', () => {
    const p = importPack(fixture('keywords.csv'), 'k.csv', { Event: [A(2)] }, { unmapped: 'skip' });
    expect(parseLexicon(p.lexicon, 'p').entries.map((e) => e.term ?? 'rule')).toEqual(['rule', '天安门母亲']);
    expect(packSourceText(p).split('\n').filter(Boolean)).toHaveLength(3);
    expect(p.source.rows).toHaveLength(7);
    expect(() =>
      importPack(fixture('keywords.csv'), 'k.csv', { Nope: [A(2)] }, { unmapped: 'skip' }),
    ).toThrow('k.csv: no keywords left after leaving out unmapped categories');
  });
});

describe('plain-text keyword lists', () => {
  const list = readKeywordList(fixture('keywords.txt'), 'falun.txt');

  it('take one keyword per line, skipping blank lines and # comments, with line and column', () => {
    expect(list.format).toBe('text');
    expect(list.rows.map((r) => [r.keyword, r.line, r.column])).toEqual([
      ['法轮功', 2, 1],
      ['李洪志', 4, 3],
      ['大法+弟子', 6, 1],
      ['Falun Gong', 7, 1],
    ]);
  });

  it('need one mapping for the whole file ("*") and export one keyword per line', () => {
    expect(
      failure(() => importPack(fixture('keywords.txt'), 'falun.txt', { Political: [A(5)] })).reason,
    ).toMatch(
      /^categories not mapped to any clause: \* \(every keyword of a plain-text list; map them with "\*"\): 4 keywords/,
    );
    const pack = importPack(fixture('keywords.txt'), 'falun.txt', { '*': [A(5)] });
    expect(pack.lexicon.groups.map((g) => [g.lang, g.entries])).toEqual([
      ['zh', ['法轮功', '李洪志', { rule: '大法+弟子', window: 'sentence', exceptions: [] }]],
      ['en', ['Falun Gong']],
    ]);
    expect(packSourceText(pack)).toBe('法轮功\n李洪志\n大法+弟子\nFalun Gong\n');
  });
});

describe('bad keyword lists and mappings', () => {
  const map = { '*': [A(5)] };
  const importing = (text: string, name = 'bad.csv') => failure(() => importPack(text, name, map));

  it('name the line and column of what is wrong', () => {
    expect(importing('word,category\n法轮功,x\n  ,y\n').message).toBe('bad.csv:3:1: empty keyword');
    expect(importing('word,category\n法轮功,x\n"大法+",y\n').message).toBe(
      'bad.csv:3:1: "大法+" has an empty part: "+" joins keywords that must all appear in one sentence',
    );
    // Invisible characters only: nothing is left to match once normalisation removes them.
    expect(importing('category,word\nx,法轮功\ny,\u200b\u200d\n').message).toBe(
      'bad.csv:3:3: "\u200b\u200d": "\u200b\u200d" is empty after normalisation',
    );
    expect(importing('法轮功\n\n大法+\u2060\n', 'bad.txt').message).toBe(
      'bad.txt:3:1: "大法+\u2060": rule part "\u2060" is empty after normalisation',
    );
    expect(importing('word,category\n"法轮功,x\n').message).toBe(
      'bad.csv:2:1: unterminated quote: the field has no closing "',
    );
  });

  it('say when there is no keyword column, no keywords, or an unknown clause id in the mapping', () => {
    expect(importing('name,category\n法轮功,x\n').message).toBe(
      'bad.csv:1:1: no keyword column (named keyword, word or term); the header has "name", "category"',
    );
    expect(importing('').message).toBe('bad.csv: the file is empty: expected a header row and keywords');
    expect(importing('word,category\n').message).toBe('bad.csv: no keywords in the file');
    expect(importing('# only a comment\n', 'bad.txt').message).toBe('bad.txt: no keywords in the file');
    const unknown = failure(() =>
      importPack('word\n法轮功\n', 'k.csv', { '*': ['bj-microblog-2011/art10-12'] }),
    );
    expect(unknown.message).toBe(
      'k.csv: all categories (*) is mapped to unknown clause id "bj-microblog-2011/art10-12"',
    );
    expect(failure(() => importPack('word\n法轮功\n', 'k.csv', { x: [] })).reason).toBe(
      'category "x" is mapped to no clause id',
    );
    expect(failure(() => importPack('word\n法轮功\n', 'k.csv', {})).reason).toMatch(/^the mapping is empty/);
  });
});

describe('stored packs', () => {
  it('load back from a structured clone (as IndexedDB returns them) with their entries', () => {
    const pack = importPack(fixture('keywords.csv'), 'k.csv', MAPPING);
    const { pack: loaded, entries } = loadPack(structuredClone(pack), 'stored pack k');
    expect(loaded).toEqual(pack);
    expect(entries).toHaveLength(7);
  });

  it('refuse a pack whose lexicon names an unknown clause, or that is not a pack', () => {
    const pack = structuredClone(importPack(fixture('keywords.csv'), 'k.csv', MAPPING));
    pack.lexicon.groups[0]!.clauses = ['bj-microblog-2011/art10-99'];
    expect(() => loadPack(pack, 'stored pack k')).toThrow(/unknown clause id bj-microblog-2011\/art10-99/);
    expect(() => loadPack({ id: 'x' }, 'stored pack x')).toThrow(/^stored pack x: not a keyword pack: name/);
  });

  it('get lexicon ids from their file names', () => {
    expect(packIdFor('C:\\lists\\Citizen Lab – WeChat 2016.csv')).toBe('citizen-lab-wechat-2016');
    expect(packIdFor('关键词.txt')).toBe('pack');
    expect(packIdFor('_a.b.csv')).toBe('a.b');
  });
});
