import type { DBCore, Middleware } from 'dexie';
import type { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseMarkDB } from '../../utils/db/database';
import { flagPage } from '../../utils/db/flag';
import { collect, exportLibrary, importLibrary, type LibraryFile } from '../../utils/export';
import { A, buildSampleLibrary, capture, dumpTables, makeDb } from '../fixtures/db/library';

const EXPORTED_AT = '2026-03-08T00:00:00.000Z';
const open: ClauseMarkDB[] = [];
function db(): ClauseMarkDB {
  const d = makeDb();
  open.push(d);
  return d;
}
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

let sample: ClauseMarkDB;
let exported: string;
beforeEach(async () => {
  sample = db();
  await buildSampleLibrary(sample);
  exported = await collect(exportLibrary(sample, 'json', {}, { exportedAt: EXPORTED_AT }));
});
const file = (): LibraryFile => JSON.parse(exported);

/** The library's content without settings and trash, which exports do not carry. */
async function library(d: ClauseMarkDB) {
  const { settings: _s, trash: _t, ...rest } = await dumpTables(d);
  return rest;
}

describe('importLibrary', () => {
  it('round-trips: export, import into an empty library, export again gives the same bytes', async () => {
    const target = db();
    const result = await importLibrary(target, exported);
    expect(result).toEqual({
      added: { pages: 4, matches: 10, verdicts: 3, packs: 1 },
      merged: { pages: 0, matches: 0, verdicts: 0, packs: 0 },
      conflicts: [],
    });
    expect(await collect(exportLibrary(target, 'json', {}, { exportedAt: EXPORTED_AT }))).toBe(exported);
    expect(await library(target)).toEqual(await library(sample));
  });

  it('adds nothing when the same library is imported again', async () => {
    const before = await library(sample);
    const result = await importLibrary(sample, exported);
    expect(result.added).toEqual({ pages: 0, matches: 0, verdicts: 0, packs: 0 });
    expect(result.merged).toEqual({ pages: 0, matches: 0, verdicts: 0, packs: 0 });
    expect(result.conflicts).toEqual([]);
    expect(await library(sample)).toEqual(before);
  });

  it("merges two researchers' libraries: shared captures once, each one's own captures added", async () => {
    const mine = db();
    await importLibrary(mine, exported);
    const own = await flagPage(
      mine,
      capture('https://weibo.example/1', '微博', '台独言论', [{ quote: '台独', clauses: [A(2)] }]),
    );
    const theirs = file();
    theirs.pages = theirs.pages.slice(2);
    theirs.matches = theirs.matches.filter((m) => theirs.pages.some((p) => p.id === m.pageId));
    const result = await importLibrary(mine, theirs);
    expect(result.added.pages).toBe(0);
    expect(await mine.pages.count()).toBe(5);
    expect(await mine.pages.get(own.pageId)).toBeDefined();
  });

  it('keeps the more informative verdict and note, and reports disagreements', async () => {
    const theirs = file();
    const [falun, demo, , , , quake, taidu] = theirs.matches;
    // local 'unreviewed' + incoming reviewed: incoming wins
    taidu!.verdict = 'dismissed';
    taidu!.note = 'a news report';
    // both reviewed, different: local kept, conflict reported
    quake!.verdict = 'dismissed';
    // local note '' + incoming note: taken
    falun!.note = 'seen on 3/1';
    // both notes set, different: conflict
    demo!.note = 'not a call to act';
    theirs.pages[0]!.tags = ['forum', 'protest'];
    const result = await importLibrary(sample, theirs);
    expect(result.added).toEqual({ pages: 0, matches: 0, verdicts: 0, packs: 0 });
    expect(result.merged).toEqual({ pages: 1, matches: 2, verdicts: 0, packs: 0 });
    expect(result.conflicts).toEqual([
      { table: 'matches', id: demo!.id, field: 'note', kept: '引用，非号召', incoming: 'not a call to act' },
      { table: 'matches', id: quake!.id, field: 'verdict', kept: 'confirmed', incoming: 'dismissed' },
    ]);
    expect(await sample.matches.get(taidu!.id)).toMatchObject({
      verdict: 'dismissed',
      note: 'a news report',
    });
    expect(await sample.matches.get(quake!.id)).toMatchObject({ verdict: 'confirmed' });
    expect(await sample.matches.get(falun!.id)).toMatchObject({ verdict: 'confirmed', note: 'seen on 3/1' });
    expect((await sample.pages.get(theirs.pages[0]!.id))?.tags).toEqual(['forum', 'falun-gong', 'protest']);
    // page summaries follow the merged matches
    expect((await sample.pages.get(taidu!.pageId))?.verdicts).toEqual(['confirmed', 'dismissed']);
  });

  it('merges remembered verdicts the same way', async () => {
    const target = db();
    const theirs = file();
    theirs.verdicts[2]!.verdict = 'dismissed';
    theirs.verdicts[2]!.updatedAt = '2026-03-09T00:00:00.000Z';
    await importLibrary(target, exported);
    const result = await importLibrary(target, theirs);
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        table: 'verdicts',
        field: 'verdict',
        kept: 'confirmed',
        incoming: 'dismissed',
      }),
    ]);
  });

  it('imports matches for a page already in the library', async () => {
    const target = db();
    const full = file();
    await importLibrary(target, { ...full, matches: [] });
    expect(await target.matches.count()).toBe(0);
    const result = await importLibrary(target, { ...full, pages: [], verdicts: [], packs: [] });
    expect(result.added.matches).toBe(10);
    expect(await library(target)).toEqual(await library(sample));
  });
});

describe('bad files', () => {
  const cases: [string, (f: LibraryFile) => unknown, string][] = [
    [
      'unknown clause',
      (f) => ((f.matches[1]!.clauseIds[0] = 'bj-microblog-2011/art10-99'), f),
      'matches[1].clauseIds[0]: unknown clause id "bj-microblog-2011/art10-99"',
    ],
    [
      'wrong format',
      (f) => ({ ...f, format: 'clausemark-library/2' }),
      'format: expected "clausemark-library/1"',
    ],
    [
      'missing field',
      (f) => (delete (f.pages[2] as Partial<LibraryFile['pages'][0]>).url, f),
      'pages[2].url: ',
    ],
    [
      'altered snapshot',
      (f) => ((f.pages[1]!.snapshot += '!'), f),
      'pages[1].snapshotSha256: does not match the snapshot',
    ],
    [
      'quote off its offsets',
      (f) => ((f.matches[3]!.start += 1), (f.matches[3]!.end += 1), f),
      'matches[3].quote: not found at',
    ],
    [
      'altered context',
      (f) => ((f.matches[0]!.prefix = '网民说'), f),
      'matches[0].prefix: is not the text before the quote in page',
    ],
    [
      'inconsistent end',
      (f) => ((f.matches[0]!.end += 1), f),
      "matches[0].end: end - start must equal the quote's length (3)",
    ],
    [
      'unknown page',
      (f) => ((f.matches[4]!.pageId = 'nowhere'), f),
      'matches[4].pageId: unknown page "nowhere"',
    ],
    ['duplicate page', (f) => (f.pages.push(f.pages[0]!), f), 'pages[4].id: duplicate page id'],
    ['bad verdict', (f) => ((f.matches[2]!.verdict = 'maybe' as 'confirmed'), f), 'matches[2].verdict: '],
    [
      'bad pack',
      (f) => (((f.packs[0]!.lexicon as { groups: unknown[] }).groups = [{}]), f),
      'packs[0].lexicon: ',
    ],
    [
      'pack id',
      (f) => ((f.packs[0]!.id = 'other'), f),
      `packs[0].id: must equal its lexicon's id "user.protest"`,
    ],
    ['not an object', () => [1, 2], '(top level): '],
    [
      'two verdicts for one URL',
      (f) => (f.verdicts.push({ ...f.verdicts[0]!, url: `${f.verdicts[0]!.url}#again` }), f),
      'verdicts[3]: duplicate verdict for the same URL, clauses and quote',
    ],
  ];
  for (const [name, mutate, message] of cases)
    it(`refuses a file with ${name}, naming the path, and writes nothing`, async () => {
      const target = db();
      await flagPage(
        target,
        capture('https://a.example/', 'a', '台独', [{ quote: '台独', clauses: [A(2)] }]),
      );
      const before = await dumpTables(target);
      const error = await importLibrary(target, mutate(file())).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'StorageError', reason: 'invalid' });
      expect((error as Error).message.startsWith(message)).toBe(true);
      expect(await dumpTables(target)).toEqual(before);
    });

  it('refuses text that is not JSON', async () => {
    await expect(importLibrary(db(), '{"format": ')).rejects.toThrow(/^\(file\): not JSON: /);
  });
});

/** Fails the nth write to a table, the way a full disk or a crash would. */
function failOnWrite(table: string, nth: number, error: () => Error): Middleware<DBCore> {
  let writes = 0;
  return {
    stack: 'dbcore',
    name: `fail-${table}-${nth}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return { ...t, mutate: (req) => (++writes === nth ? Promise.reject(error()) : t.mutate(req)) };
      },
    }),
  };
}

describe('failed imports', () => {
  async function reopened(d: ClauseMarkDB, middleware: Middleware<DBCore>) {
    d.close();
    const again = makeDb({}, d._options.indexedDB as IDBFactory, d.name);
    open.push(again);
    again.use(middleware);
    await again.open();
    return again;
  }

  it('leaves the library as it was when storage runs out halfway', async () => {
    const target = db();
    await flagPage(target, capture('https://a.example/', 'a', '台独', [{ quote: '台独', clauses: [A(2)] }]));
    const before = await dumpTables(target);
    const full = await reopened(
      target,
      failOnWrite('matches', 1, () => new DOMException('quota', 'QuotaExceededError')),
    );
    const error = await importLibrary(full, exported).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'quota' });
    expect(String(error)).toContain('the import was not saved');
    expect(await dumpTables(full)).toEqual(before);
  });

  it('leaves the library as it was when interrupted after pages were written', async () => {
    const target = db();
    const broken = await reopened(
      target,
      failOnWrite('verdicts', 1, () => new Error('tab closed')),
    );
    await expect(importLibrary(broken, exported)).rejects.toThrow(/the import was not saved.*tab closed/);
    expect(await broken.pages.count()).toBe(0);
    expect(await broken.snapshots.count()).toBe(0);
    expect(await broken.matches.count()).toBe(0);
  });
});
