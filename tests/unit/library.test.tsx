// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { flagPage } from '../../utils/db/flag';
import { capture, dumpTables } from '../fixtures/db/library';
import { libraryWorld, renderLibrary, type LibraryWorld } from './library-support';

let world: LibraryWorld;
afterEach(() => {
  cleanup();
  world?.db.close();
});

const list = () => screen.getByRole('listbox', { name: 'Flagged pages' });
const options = () => within(list()).queryAllByRole('option');
const titles = () => options().map((o) => o.querySelector('.page-title')?.textContent);
const shown = (n: number) => waitFor(() => expect(options()).toHaveLength(n));

/** Picks a value in one of the filter drop-downs and adds it. */
async function pick(label: string, value: string) {
  const select = screen.getByLabelText(label, { selector: 'select' }) as HTMLSelectElement;
  await waitFor(() => expect([...select.options].map((o) => o.value)).toContain(value));
  fireEvent.change(select, { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: `Add: ${label}` }));
}

async function openPage(title: string) {
  await waitFor(() => expect(titles()).toContain(title));
  const row = options().find((o) => o.querySelector('.page-title')?.textContent === title) as HTMLElement;
  fireEvent.click(row);
  return screen.findByRole('heading', { level: 2, name: title });
}

describe('library: the list', () => {
  it('lists every captured page, newest first, with its matches and clauses', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    await shown(4);
    expect(titles()).toEqual([
      'Report: Falun Gong practitioners',
      '传闻：=SUM(A1) 地震将至, "official" denial',
      '论坛：广场上的聚集（已编辑）',
      '论坛：广场上的聚集',
    ]);
    expect(options()[0]?.getAttribute('aria-setsize')).toBe('4');
    expect(options()[0]?.textContent).toContain('3 matches');
    expect(options()[0]?.textContent).toContain('Art. 10 (v)');
    expect(await screen.findByText(/^4 pages/)).toBeTruthy();
  });

  it('searches titles, addresses, notes, tags and quotes', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    await shown(4);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    // "falun" is in the English page's title and quotes, and in a tag of the first forum capture
    fireEvent.input(search, { target: { value: 'FALUN' } });
    await shown(2);
    expect(titles()).toEqual(['Report: Falun Gong practitioners', '论坛：广场上的聚集']);
    fireEvent.input(search, { target: { value: '台独' } });
    await shown(1);
    expect(titles()).toEqual(['传闻：=SUM(A1) 地震将至, "official" denial']);
    expect(await screen.findByText(/^1 of 4 pages/)).toBeTruthy();
  });

  it('filters by clause, site, verdict and date, and sorts', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    await shown(4);
    await pick('Site', 'bbs.example.cn');
    await shown(2);
    expect(titles()).toEqual(['论坛：广场上的聚集（已编辑）', '论坛：广场上的聚集']);
    // an implied baseline counts: 法轮功 (Art. 10 (v)) implies baseline 7, only on the first capture
    await pick('Clause', 'seven-baselines-2013/7');
    await shown(1);
    expect(titles()).toEqual(['论坛：广场上的聚集']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await shown(4);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Confirmed' }));
    await shown(2);
    fireEvent.change(screen.getByLabelText('Flagged from'), { target: { value: '2026-03-02' } });
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '2026-03-05' } });
    await shown(1);
    expect(titles()).toEqual(['传闻：=SUM(A1) 地震将至, "official" denial']);
    fireEvent.change(screen.getByLabelText('Flagged from'), { target: { value: '2026-03-06' } });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('after the end date'),
    );
    await shown(0);
    expect(screen.getByText('No flagged page matches these filters.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'matchCount-asc' } });
    const counts = () =>
      options().map((o) => Number(/\d+/.exec(o.querySelector('.count')?.textContent ?? '')?.[0]));
    await waitFor(() => expect(counts()).toEqual([2, 2, 3, 3]));
  });

  it('is one tab stop: arrows move, Enter opens, Space marks, Delete deletes the marked pages', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    await shown(4);
    const box = list();
    expect(box.tabIndex).toBe(0);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('page-row-1');
    fireEvent.keyDown(box, { key: ' ' });
    fireEvent.keyDown(box, { key: 'End' });
    fireEvent.keyDown(box, { key: ' ' });
    await waitFor(() =>
      expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual([
        'false',
        'true',
        'false',
        'true',
      ]),
    );
    expect(screen.getByText('2 marked')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Home' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Report: Falun Gong practitioners' }),
    ).toBeTruthy();
    expect(window.location.hash).toMatch(/^#page=/);

    fireEvent.keyDown(box, { key: 'Delete' });
    await shown(2);
    expect(titles()).toEqual(['Report: Falun Gong practitioners', '论坛：广场上的聚集（已编辑）']);
    expect(await world.db.pages.count()).toBe(2);
  });

  it('deletes several pages and brings them back with one undo', async () => {
    world = await libraryWorld();
    const before = await dumpTables(world.db);
    renderLibrary(world.backend);
    await shown(4);
    fireEvent.click(screen.getByRole('button', { name: 'Mark all 4' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 4 marked' }));
    expect(await screen.findByText('Deleted 4 pages (matches: 10).')).toBeTruthy();
    await shown(0);
    expect(screen.getByText(/No pages flagged yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored 4 pages.')).toBeTruthy();
    await shown(4);
    const { trash: _t1, ...after } = await dumpTables(world.db);
    const { trash: _t2, ...expected } = before;
    expect(after).toEqual(expected);
  });

  it('follows changes made elsewhere (a page flagged from the popup)', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    await shown(4);
    await flagPage(
      world.db,
      capture('https://example.net/new', 'Newly flagged', '他们在谈法轮功。', [
        { quote: '法轮功', clauses: ['bj-microblog-2011/art10-5'] },
      ]),
    );
    await shown(5);
    expect(titles()[0]).toBe('Newly flagged');
  });
});

describe('library: a page', () => {
  it('shows the evidence: address, time, verified SHA-256, matches and the text with its matches marked', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    const heading = await openPage('传闻：=SUM(A1) 地震将至, "official" denial');
    const detail = heading.closest('article') as HTMLElement;
    const page = (await world.db.pages.where('domain').equals('news.example.com').first())!;
    expect(within(detail).getByText(page.snapshotSha256)).toBeTruthy();
    expect(await within(detail).findByText('✓ matches the stored text')).toBeTruthy();
    expect(within(detail).getByRole('link', { name: page.url }).getAttribute('href')).toBe(page.url);
    const snapshot = within(detail).getByRole('region', { name: 'Text as flagged' });
    expect(snapshot.textContent).toBe(
      '网传明天将发生大地震，请大家互相转告。官方辟谣称这是谣言。另有帖子宣扬台独主张。',
    );
    expect([...snapshot.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['大地震', '台独']);
    const items = within(detail)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('match-item'));
    expect(items).toHaveLength(2);
    expect(items[1]?.textContent).toContain('Art. 10 (ii)');
    expect(items[1]?.textContent).toContain('Art. 10 (iv)');
    expect(items[1]?.textContent).toContain('abbreviation');
    expect(items[0]?.textContent).toContain('地震');
  });

  it('stores a verdict and a note on a match, and the list follows', async () => {
    world = await libraryWorld();
    renderLibrary(world.backend);
    const heading = await openPage('传闻：=SUM(A1) 地震将至, "official" denial');
    const detail = heading.closest('article') as HTMLElement;
    const item = within(detail)
      .getAllByRole('listitem')
      .find((li) => li.querySelector('.quote mark')?.textContent === '台独') as HTMLElement;
    fireEvent.input(within(item).getByLabelText('Note on this match'), {
      target: { value: 'separatist slogan, kept' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => {
      const m = (await world.db.matches.toArray()).find((x) => x.quote === '台独');
      expect(m).toMatchObject({ verdict: 'dismissed', note: 'separatist slogan, kept' });
    });
    await waitFor(() =>
      expect(within(item).getByRole('button', { name: 'Dismiss' }).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(world.sent.map((m) => m.type)).toContain('library-to-background:set-verdict');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dismissed' }));
    await waitFor(() =>
      expect(titles()).toEqual([
        '传闻：=SUM(A1) 地震将至, "official" denial',
        '论坛：广场上的聚集（已编辑）',
        '论坛：广场上的聚集',
      ]),
    );
  });
});
