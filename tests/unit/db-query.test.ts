import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseMarkDB } from '../../utils/db/database';
import { flagPage } from '../../utils/db/flag';
import { getPage, getPageFlags, libraryFacets } from '../../utils/db/pages';
import { queryLibrary } from '../../utils/db/query';
import type { LibraryQuery } from '../../utils/db/query-schema';
import { setVerdict } from '../../utils/db/verdicts';
import { A, B, buildSampleLibrary, CAPTURES, capture, makeDb } from '../fixtures/db/library';

let db: ClauseMarkDB;
beforeEach(async () => {
  db = makeDb();
  await buildSampleLibrary(db);
});
afterEach(() => db.close());

const titles = async (q: LibraryQuery) => (await queryLibrary(db, q)).rows.map((r) => r.title);
const [FORUM1, FORUM2, NEWS, REPORT] = CAPTURES.map((c) => c.input.title);

describe('queryLibrary', () => {
  it('lists newest first by default, with the total and no search text', async () => {
    const { total, rows } = await queryLibrary(db);
    expect(total).toBe(4);
    expect(rows.map((r) => r.title)).toEqual([REPORT, NEWS, FORUM2, FORUM1]);
    expect(rows[0]).not.toHaveProperty('search');
    expect(rows[0]).not.toHaveProperty('snapshot');
  });

  it('pages through the list', async () => {
    const page2 = await queryLibrary(db, { offset: 1, limit: 2 });
    expect(page2.total).toBe(4);
    expect(page2.rows.map((r) => r.title)).toEqual([NEWS, FORUM2]);
    expect((await queryLibrary(db, { offset: 10 })).rows).toEqual([]);
  });

  it('sorts by title, domain and match count in either direction', async () => {
    expect(await titles({ sort: { by: 'title', dir: 'asc' } })).toEqual([REPORT, NEWS, FORUM1, FORUM2]);
    const byDomain = (await queryLibrary(db, { sort: { by: 'domain', dir: 'asc' } })).rows.map(
      (r) => r.domain,
    );
    expect(byDomain).toEqual(['bbs.example.cn', 'bbs.example.cn', 'example.org', 'news.example.com']);
    const byCount = (await queryLibrary(db, { sort: { by: 'matchCount', dir: 'desc' } })).rows.map(
      (r) => r.matchCount,
    );
    expect(byCount).toEqual([3, 3, 2, 2]);
  });

  it('filters by clause, counting implied clauses', async () => {
    expect(await titles({ filter: { clauseIds: [A(5)] } })).toEqual([REPORT, FORUM1]);
    expect(await titles({ filter: { clauseIds: [B(3)] } })).toEqual([NEWS]);
    expect(await titles({ filter: { clauseIds: [A(6), A(9)] } })).toEqual([NEWS, FORUM2, FORUM1]);
  });

  it('filters by domain, tag, verdict and date range', async () => {
    expect(await titles({ filter: { domains: ['bbs.example.cn'] } })).toEqual([FORUM2, FORUM1]);
    expect(await titles({ filter: { tags: ['forum'] } })).toEqual([FORUM2, FORUM1]);
    expect(await titles({ filter: { tags: ['falun-gong', 'rumour'] } })).toEqual([NEWS, FORUM1]);
    expect(await titles({ filter: { verdicts: ['dismissed'] } })).toEqual([FORUM2, FORUM1]);
    expect(await titles({ filter: { verdicts: ['unreviewed'] } })).toEqual([REPORT, NEWS]);
    expect(await titles({ filter: { verdicts: ['confirmed'] } })).toEqual([NEWS, FORUM1]);
    expect(await titles({ filter: { from: '2026-03-02', to: '2026-03-05' } })).toEqual([NEWS, FORUM2]);
    expect(await titles({ filter: { to: '2026-03-01T08:00:00.000Z' } })).toEqual([FORUM1]);
    expect(await titles({ filter: { from: '2026-03-07T16:45:10.501Z' } })).toEqual([]);
  });

  it('searches titles, URLs, notes, tags, quotes and match notes, ignoring case', async () => {
    expect(await titles({ filter: { text: 'FALUN' } })).toEqual([REPORT, FORUM1]); // FORUM1 by its tag
    expect(await titles({ filter: { text: '法轮功' } })).toEqual([FORUM1]);
    expect(await titles({ filter: { text: 'news.example' } })).toEqual([NEWS]);
    expect(await titles({ filter: { text: 'minus' } })).toEqual([NEWS]);
    expect(await titles({ filter: { text: '非号召' } })).toEqual([FORUM2, FORUM1]);
    expect(await titles({ filter: { text: '  ' } })).toEqual([REPORT, NEWS, FORUM2, FORUM1]);
  });

  it('combines criteria', async () => {
    expect(await titles({ filter: { text: '游行', verdicts: ['unreviewed'] } })).toEqual([]);
    expect(await titles({ filter: { text: '法轮功', verdicts: ['confirmed'] } })).toEqual([FORUM1]);
    expect(await titles({ filter: { domains: ['bbs.example.cn'], clauseIds: [A(5)] } })).toEqual([FORUM1]);
    expect(
      await titles({
        filter: { domains: ['bbs.example.cn'], clauseIds: [A(5)] },
        sort: { by: 'title', dir: 'asc' },
      }),
    ).toEqual([FORUM1]);
  });

  it('follows verdict changes', async () => {
    const report = (await queryLibrary(db, { filter: { domains: ['example.org'] } })).rows[0]!;
    const { matches } = (await getPage(db, report.id))!;
    for (const m of matches)
      await setVerdict(db, { matchId: m.id, verdict: 'dismissed', note: 'reporting, not advocacy' });
    expect(await titles({ filter: { verdicts: ['unreviewed'] } })).toEqual([NEWS]);
    expect(await titles({ filter: { text: 'advocacy' } })).toEqual([REPORT]);
  });

  it('names the bad field of a malformed query', async () => {
    await expect(queryLibrary(db, { sort: { by: 'url' as 'title' } })).rejects.toThrow(/^sort\.by: /);
    await expect(queryLibrary(db, { filter: { from: 'yesterday' } })).rejects.toThrow(/^filter\.from: /);
    await expect(queryLibrary(db, { limit: 0 })).rejects.toThrow(/^limit: /);
  });
});

describe('page access', () => {
  it('returns a capture with its snapshot and matches in text order', async () => {
    const news = (await queryLibrary(db, { filter: { domains: ['news.example.com'] } })).rows[0]!;
    const detail = await getPage(db, news.id);
    expect(detail?.snapshot).toBe(CAPTURES[2]!.input.snapshot);
    expect(detail?.matches.map((m) => m.quote)).toEqual(['大地震', '台独']);
    expect(detail?.page).not.toHaveProperty('search');
    expect(await getPage(db, 'missing')).toBeUndefined();
  });

  it('gathers earlier captures and remembered verdicts of a URL, however the URL is written', async () => {
    const flags = await getPageFlags(db, 'https://BBS.example.cn/thread/42?utm_campaign=x#top');
    expect(flags.normUrl).toBe('https://bbs.example.cn/thread/42');
    expect(flags.captures.map((c) => c.page.title)).toEqual([FORUM1, FORUM2]);
    expect(flags.captures.map((c) => c.matches.length)).toEqual([3, 2]);
    expect(flags.verdicts.map((v) => [v.quote, v.verdict]).sort()).toEqual([
      ['法轮功', 'confirmed'],
      ['游行示威', 'dismissed'],
    ]);
    expect((await getPageFlags(db, 'https://elsewhere.example/')).captures).toEqual([]);
  });

  it('counts filter values for the library controls', async () => {
    await flagPage(
      db,
      capture('https://bbs.example.cn/t/1', 'x', '台独', [{ quote: '台独', clauses: [A(2)] }]),
    );
    const f = await libraryFacets(db);
    expect(f.pages).toBe(5);
    expect(f.domains).toEqual([
      { value: 'bbs.example.cn', count: 3 },
      { value: 'example.org', count: 1 },
      { value: 'news.example.com', count: 1 },
    ]);
    expect(f.tags).toContainEqual({ value: 'forum', count: 2 });
    expect(f.clauseIds).toContainEqual({ value: A(2), count: 2 });
  });
});
