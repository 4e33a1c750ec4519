import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClauseMarkDB } from '../../utils/db/database';
import { flagPage } from '../../utils/db/flag';
import { formatPath } from '../../utils/db/errors';
import { matchIdOf, verdictKeyOf } from '../../utils/db/ids';
import { setVerdict } from '../../utils/db/verdicts';
import { sha256Hex } from '../../utils/hash';
import { A, CAPTURES, capture, makeDb } from '../fixtures/db/library';

const open: ClauseMarkDB[] = [];
function db(): ClauseMarkDB {
  const d = makeDb();
  open.push(d);
  return d;
}
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

const [first, second, news] = CAPTURES.map((c) => c.input) as [
  (typeof CAPTURES)[0]['input'],
  (typeof CAPTURES)[0]['input'],
  (typeof CAPTURES)[0]['input'],
];

/** Fails every write to one table the way a full disk does. */
function failingWrites(table: string, error: () => Error): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return name !== table
          ? t
          : {
              ...t,
              mutate: () => Promise.reject(error()),
            };
      },
    }),
  };
}

describe('flagPage', () => {
  it('stores the capture with its snapshot, hash, normalised URL and quote selectors', async () => {
    const d = db();
    const { pageId, matchCount } = await flagPage(d, first, '2026-03-01T08:00:00.000Z');
    expect(matchCount).toBe(3);
    const page = await d.pages.get(pageId);
    expect(page).toMatchObject({
      url: first.url,
      normUrl: 'https://bbs.example.cn/thread/42',
      domain: 'bbs.example.cn',
      title: first.title,
      flaggedAt: '2026-03-01T08:00:00.000Z',
      tags: ['forum', 'falun-gong'],
      snapshotSha256: await sha256Hex(first.snapshot),
      matchCount: 3,
      clauseIds: [A(5), A(9), 'seven-baselines-2013/7'],
    });
    const matches = await d.matches.where('pageId').equals(pageId).sortBy('start');
    expect(matches.map((m) => m.quote)).toEqual(['法轮功', '游行示威', '游行示威']);
    const [flg, demo] = matches;
    expect(flg?.prefix).toBe('网友说');
    expect(flg?.suffix).toBe(first.snapshot.slice(6, 38));
    expect(first.snapshot.slice(demo?.start, demo?.end)).toBe('游行示威');
    // ids are derived, not random: another machine computes the same ones
    expect(flg?.id).toBe(await matchIdOf(page!.normUrl, [A(5)], '法轮功', pageId, 3));
    expect(flg?.verdictKey).toBe(await verdictKeyOf(page!.normUrl, [A(5)], '法轮功'));
    expect(new Set(matches.map((m) => m.id)).size).toBe(3);
  });

  it('keeps every capture when the same URL is flagged again', async () => {
    const d = db();
    const a = await flagPage(d, first, '2026-03-01T08:00:00.000Z');
    const b = await flagPage(d, second, '2026-03-02T09:30:00.000Z');
    expect(a.pageId).not.toBe(b.pageId);
    const captures = await d.pages.where('normUrl').equals('https://bbs.example.cn/thread/42').toArray();
    expect(captures.map((p) => p.title).sort()).toEqual([first.title, second.title].sort());
    expect(await d.matches.count()).toBe(5);
  });

  it('applies a verdict remembered for the URL to the next capture', async () => {
    const d = db();
    const a = await flagPage(d, first, '2026-03-01T08:00:00.000Z');
    const demo = (await d.matches.where('pageId').equals(a.pageId).sortBy('start'))[1]!;
    await setVerdict(d, { matchId: demo.id, verdict: 'dismissed', note: 'quoting a right' });
    const b = await flagPage(d, second, '2026-03-02T09:30:00.000Z');
    // both occurrences of the quote in the new capture fall under the remembered dismissal
    expect(b.remembered).toBe(2);
    const later = await d.matches.where('pageId').equals(b.pageId).sortBy('start');
    expect(later.map((m) => [m.quote, m.verdict, m.note])).toEqual([
      ['游行示威', 'dismissed', 'quoting a right'],
      ['游行示威', 'dismissed', 'quoting a right'],
    ]);
    const other = capture('https://bbs.example.cn/thread/43', 't', '游行示威', [
      { quote: '游行示威', clauses: [A(9)] },
    ]);
    expect((await flagPage(d, other)).remembered).toBe(0);
  });

  it('re-anchors a match whose offsets are off, and refuses a quote the snapshot does not contain', async () => {
    const d = db();
    const input = capture('https://x.example/', 't', '前言。台独主张', [{ quote: '台独', clauses: [A(2)] }]);
    input.matches[0]!.start = 0;
    input.matches[0]!.end = 2;
    const { pageId } = await flagPage(d, input);
    expect((await d.matches.where('pageId').equals(pageId).first())?.start).toBe(3);

    const bad = capture('https://y.example/', 't', '台独', [{ quote: '台独', clauses: [A(2)] }]);
    bad.matches[0]!.text = '藏独';
    await expect(flagPage(d, bad)).rejects.toThrow(
      'matches[0].text: "藏独" does not occur in the page snapshot',
    );
    expect(await d.pages.count()).toBe(1);
  });

  it('names the first bad field of a malformed capture', async () => {
    const d = db();
    const bad = capture('https://y.example/', 't', '台独', [
      { quote: '台独', clauses: ['bj-microblog-2011/art10-99'] },
    ]);
    await expect(flagPage(d, bad)).rejects.toThrow(
      'matches[0].clauses[0]: unknown clause id "bj-microblog-2011/art10-99"',
    );
    await expect(flagPage(d, { ...bad, url: '' })).rejects.toThrow(/^url: /);
    expect(await d.pages.count()).toBe(0);
  });

  it('leaves the database as it was when storage is full', async () => {
    const d = db();
    await flagPage(d, news, '2026-03-05T12:00:00.000Z');
    d.close();
    const full = new ClauseMarkDB(d.name, {
      indexedDB: d._options.indexedDB,
      IDBKeyRange: d._options.IDBKeyRange,
    });
    open.push(full);
    full.use(
      failingWrites('matches', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    );
    const error = await flagPage(full, first).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', reason: 'quota' });
    expect(String(error)).toMatch(
      /storage for ClauseMark is full \(QuotaExceededError\); nothing was changed/,
    );
    expect(await full.pages.count()).toBe(1);
    expect(await full.matches.count()).toBe(2);
  });

  it('rolls back a capture interrupted halfway', async () => {
    const d = db();
    d.use(failingWrites('matches', () => new Error('connection lost')));
    const error = await flagPage(d, first).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'interrupted' });
    expect(String(error)).toContain('connection lost');
    expect(await d.pages.count()).toBe(0);
  });
});

describe('setVerdict', () => {
  it('updates every capture of the URL that holds the same quote under the same clauses', async () => {
    const d = db();
    const a = await flagPage(d, first, '2026-03-01T08:00:00.000Z');
    const b = await flagPage(d, second, '2026-03-02T09:30:00.000Z');
    const target = (await d.matches.where('pageId').equals(b.pageId).sortBy('start'))[0]!;
    const { updated } = await setVerdict(
      d,
      { matchId: target.id, verdict: 'confirmed' },
      '2026-03-03T00:00:00.000Z',
    );
    // the quote occurs twice in each capture: all four rows share the verdict key
    expect(updated).toBe(4);
    const all = await d.matches.toArray();
    expect(all.filter((m) => m.quote === '游行示威').every((m) => m.verdict === 'confirmed')).toBe(true);
    expect(all.find((m) => m.quote === '法轮功' && m.pageId === a.pageId)?.verdict).toBe('unreviewed');
    expect(await d.verdicts.get(target.verdictKey)).toMatchObject({
      normUrl: 'https://bbs.example.cn/thread/42',
      quote: '游行示威',
      verdict: 'confirmed',
      updatedAt: '2026-03-03T00:00:00.000Z',
    });
  });

  it('names a match that does not exist', async () => {
    await expect(setVerdict(db(), { matchId: 'nope', verdict: 'confirmed' })).rejects.toThrow(
      'matchId: no match with id "nope"',
    );
  });
});

describe('formatPath', () => {
  it('writes paths the way they are read in JavaScript', () => {
    expect(formatPath(['matches', 12, 'clauseIds', 0])).toBe('matches[12].clauseIds[0]');
    expect(formatPath(['packs', 0, 'mapping', ' '])).toBe('packs[0].mapping[" "]');
    expect(formatPath(['mapping', 'art10-5'], 'pack')).toBe('pack.mapping.art10-5');
    expect(formatPath([])).toBe('(top level)');
  });
});
