// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryBackend } from '../../components/library/backend';
import { orderedIds } from '../../components/library/ordered-ids';
import { PageIndexCache } from '../../components/library/page-index';
import { flagPage } from '../../utils/db/flag';
import { capture } from '../fixtures/db/library';
import { queryLibrary } from '../../utils/db/query';
import type { LibraryFilter, LibrarySort } from '../../utils/db/query-schema';
import { generateLibrary, storeLibrary } from '../fixtures/db/generated-library';
import { libraryWorld, renderLibrary, type LibraryWorld } from './library-support';

let world: LibraryWorld;
afterEach(() => {
  cleanup();
  world?.db.close();
});

async function generated(pages: number, matches: number) {
  world = await libraryWorld({ sample: false });
  await storeLibrary(world.db, generateLibrary(pages, matches));
  return world;
}

describe('library list: rows by key', () => {
  it('lists the same pages in the same order as the storage layer’s query, for every sort and filter', async () => {
    const { db } = await generated(600, 6000);
    const domain = (await db.pages.limit(1).first())!.domain;
    const filters: LibraryFilter[] = [
      {},
      { clauseIds: ['bj-microblog-2011/art10-5'] },
      { domains: [domain] },
      { verdicts: ['confirmed'], tags: ['tag-3'] },
      { text: '台独', from: '2025-01-05', to: '2025-01-20' },
    ];
    const sorts: LibrarySort[] = [
      { by: 'flaggedAt', dir: 'desc' },
      { by: 'title', dir: 'asc' },
      { by: 'domain', dir: 'desc' },
      { by: 'matchCount', dir: 'asc' },
    ];
    // answered by the storage layer criterion by criterion, then again from index values read ahead
    const cold = new PageIndexCache(db);
    const warm = new PageIndexCache(db);
    await warm.prepare();
    filters.push({
      clauseIds: ['bj-microblog-2011/art10-2', 'seven-baselines-2013/3'],
      tags: ['tag-1', 'tag-2'],
    });
    for (const filter of filters)
      for (const sort of sorts) {
        const all = await queryLibrary(db, { filter, sort, offset: 0, limit: 1000 });
        const expected = all.rows.map((r) => r.id);
        expect(await orderedIds(db, filter, sort, cold), JSON.stringify({ filter, sort })).toEqual(expected);
        expect(await orderedIds(db, filter, sort, warm), JSON.stringify({ filter, sort })).toEqual(expected);
        expect(expected.length).toBe(all.total);
      }
  });

  it('forgets the orders and search texts it keeps when the library changes, from any context', async () => {
    const w = await generated(300, 900);
    const newest = { by: 'flaggedAt' as const, dir: 'desc' as const };
    const before = await w.backend.orderedIds({ text: 'wayback' }, newest);
    expect(before).toEqual([]);
    // written the way the background writes, straight into the database
    const { pageId } = await flagPage(
      w.db,
      capture('https://example.net/wayback', 'Wayback copy', '他们在谈法轮功。', [
        { quote: '法轮功', clauses: ['bj-microblog-2011/art10-5'] },
      ]),
      '2030-01-01T00:00:00.000Z',
    );
    await waitFor(async () =>
      expect(await w.backend.orderedIds({ text: 'wayback' }, newest)).toEqual([pageId]),
    );
    expect((await w.backend.orderedIds({}, newest))[0]).toBe(pageId);
    // and through the page's own messages
    await w.backend.deletePages([pageId]);
    expect(await w.backend.orderedIds({ text: 'wayback' }, newest)).toEqual([]);
    expect(await w.backend.orderedIds({}, newest)).toHaveLength(300);
  });

  it('reads only the blocks on screen when their turn comes, however fast the list is scrolled', async () => {
    const w = await generated(2000, 8000);
    const reads: number[] = [];
    const counted: LibraryBackend = {
      ...w.backend,
      rowsOf: async (ids) => {
        reads.push(ids.length);
        return w.backend.rowsOf(ids);
      },
    };
    renderLibrary(counted);
    const list = await screen.findByRole('listbox', { name: 'Flagged pages' });
    await waitFor(() =>
      expect(within(list).getAllByRole('option')[0]?.querySelector('.page-title')).toBeTruthy(),
    );
    expect(reads).toEqual([100]);
    // twenty scroll events in one go, from the top to the end of 2,000 rows (56 px each where there is no layout)
    for (let step = 1; step <= 20; step++) {
      list.scrollTop = (2000 * 56 * step) / 20;
      fireEvent.scroll(list);
    }
    await waitFor(() => {
      const last = within(list).getAllByRole('option').at(-1);
      expect(last?.getAttribute('aria-posinset')).toBe('2000');
      expect(last?.querySelector('.page-title')).toBeTruthy();
    });
    // the first block, at most one read started before the end was reached, and the end itself
    expect(reads.length).toBeLessThanOrEqual(4);
    expect(await w.db.pages.count()).toBe(2000);
  });

  it('marks every page of the filter at once, from the ids it already has', async () => {
    const w = await generated(1500, 3000);
    renderLibrary(w.backend);
    await screen.findByText(/^1,500 pages/);
    fireEvent.click(screen.getByRole('button', { name: 'Mark all 1,500' }));
    expect(await screen.findByText('1,500 marked')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Delete 1,500 marked' })).toBeTruthy();
  });
});
