// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectBlob } from '../../components/library/download';
import { collect, exportLibrary } from '../../utils/export';
import { dumpTables } from '../fixtures/db/library';
import {
  captureDownloads,
  chooseFile,
  libraryWorld,
  renderLibrary,
  type LibraryWorld,
} from './library-support';

const worlds: LibraryWorld[] = [];
let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const w of worlds.splice(0)) w.db.close();
});

async function world(sample = true) {
  const w = await libraryWorld({ sample });
  worlds.push(w);
  return w;
}
const list = () => screen.getByRole('listbox', { name: 'Flagged pages' });
const rows = () => within(list()).queryAllByRole('option');

async function exportAs(format: RegExp, scope: RegExp = /whole library/) {
  fireEvent.click(screen.getByRole('radio', { name: format }));
  fireEvent.click(screen.getByRole('radio', { name: scope }));
  const before = downloads.length;
  fireEvent.click(screen.getByRole('button', { name: 'Export' }));
  await waitFor(() => expect(downloads.length).toBe(before + 1));
  return downloads.at(-1) as { name: string; blob: Blob };
}

describe('library: export', () => {
  it('downloads the whole library as CSV: UTF-8 with a byte order mark, one row per match and clause', async () => {
    const w = await world();
    renderLibrary(w.backend);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const file = await exportAs(/^Spreadsheet/);
    expect(file.name).toMatch(/^clausemark-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(await collect(exportLibrary(w.db, 'csv', {}, { lang: 'en' })));
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]?.startsWith('page_url,page_title,flagged_at,clause_id')).toBe(true);
    // 10 matches; 台独 falls under two clauses, so 11 rows
    expect(lines).toHaveLength(1 + 11);
    expect(screen.getByText(/^Saved clausemark-.*\.csv/)).toBeTruthy();
  });

  it('exports only the filtered pages when asked, as re-importable JSON', async () => {
    const w = await world();
    renderLibrary(w.backend);
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect((screen.getByRole('radio', { name: /pages the filters show/ }) as HTMLInputElement).disabled).toBe(
      true,
    );
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: '游行示威' } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const file = await exportAs(/^ClauseMark library/, /pages the filters show \(2\)/);
    const data = JSON.parse(await file.blob.text());
    expect(data.format).toBe('clausemark-library/1');
    expect(data.pages.map((p: { title: string }) => p.title)).toEqual([
      '论坛：广场上的聚集',
      '论坛：广场上的聚集（已编辑）',
    ]);
    expect(
      data.matches.every((m: { pageId: string }) =>
        data.pages.some((p: { id: string }) => p.id === m.pageId),
      ),
    ).toBe(true);
  });

  it('exports JSONL and Web Annotations too', async () => {
    const w = await world();
    renderLibrary(w.backend);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const jsonl = await exportAs(/^One match per line/);
    expect(
      (await jsonl.blob.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).quote),
    ).toHaveLength(10);
    const annotations = await exportAs(/^W3C Web Annotations/);
    const collection = JSON.parse(await annotations.blob.text());
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(10);
    expect(annotations.name).toMatch(/\.jsonld$/);
  });

  it('gathers a large export in slices, giving the page back between them', async () => {
    /** 50 chunks, each taking a millisecond of work to make, as serialising a batch does */
    async function* chunks() {
      for (let i = 0; i < 50; i++) {
        const until = performance.now() + 1;
        while (performance.now() < until);
        yield 'x'.repeat(64 * 1024);
      }
    }
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const progress: number[] = [];
    const blob = await collectBlob(chunks(), 'text/plain', { onProgress: (n) => progress.push(n) });
    expect(blob.size).toBe(50 * 64 * 1024);
    expect(progress.at(-1)).toBe(50 * 64 * 1024);
    // 50 ms of work in slices of about 12 ms: the event loop got the page back a few times
    expect(timer.mock.calls.filter(([, ms]) => ms === 0).length).toBeGreaterThanOrEqual(2);
    const abort = new AbortController();
    abort.abort();
    await expect(collectBlob(chunks(), 'text/plain', { signal: abort.signal })).rejects.toThrow();
  });
});

describe('library: import', () => {
  it('imports an exported library into an empty one without losing anything', async () => {
    const from = await world();
    const json = await collect(exportLibrary(from.db, 'json'));
    const to = await world(false);
    renderLibrary(to.backend);
    chooseFile(
      screen.getByLabelText('ClauseMark library file (JSON)'),
      'library.json',
      json,
      'application/json',
    );
    expect(await screen.findByText('Imported library.json.')).toBeTruthy();
    const added = screen.getByRole('row', { name: /^Added/ });
    expect([...added.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['4', '10', '3', '1']);
    expect(screen.getByText('Conflicts: 0 (the library kept its own value)')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(await collect(exportLibrary(to.db, 'json', {}, { exportedAt: '2026-01-01T00:00:00.000Z' }))).toBe(
      await collect(exportLibrary(from.db, 'json', {}, { exportedAt: '2026-01-01T00:00:00.000Z' })),
    );

    // the same file again adds nothing
    chooseFile(
      screen.getByLabelText('ClauseMark library file (JSON)'),
      'library.json',
      json,
      'application/json',
    );
    await waitFor(() =>
      expect(
        [...screen.getByRole('row', { name: /^Added/ }).querySelectorAll('td')].map((td) => td.textContent),
      ).toEqual(['0', '0', '0', '0']),
    );
  });

  it('shows the named error of a bad file and writes nothing', async () => {
    const w = await world();
    const before = await dumpTables(w.db);
    const good = JSON.parse(await collect(exportLibrary(w.db, 'json')));
    good.matches[3].clauseIds[0] = 'bj-microblog-2011/art10-99';
    renderLibrary(w.backend);
    const input = screen.getByLabelText('ClauseMark library file (JSON)');
    chooseFile(input, 'edited.json', JSON.stringify(good), 'application/json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported from edited.json:');
    expect(alert.textContent).toContain(
      'matches[3].clauseIds[0]: unknown clause id "bj-microblog-2011/art10-99"',
    );
    chooseFile(input, 'notes.txt', 'just some notes', 'text/plain');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('(file): not JSON'));
    expect(await dumpTables(w.db)).toEqual(before);
  });

  it('renders script-like text from an imported file as text', async () => {
    const from = await world(false);
    const { flagPage } = await import('../../utils/db/flag');
    const { capture } = await import('../fixtures/db/library');
    const payload = '<img src=x onerror="window.pwned=1">';
    await flagPage(
      from.db,
      capture('https://evil.example/', payload, `${payload} 法轮功`, [
        { quote: '法轮功', clauses: ['bj-microblog-2011/art10-5'] },
      ]),
    );
    const json = await collect(exportLibrary(from.db, 'json'));
    const to = await world(false);
    renderLibrary(to.backend);
    chooseFile(screen.getByLabelText('ClauseMark library file (JSON)'), 'x.json', json, 'application/json');
    await waitFor(() =>
      expect(rows().map((r) => r.querySelector('.page-title')?.textContent)).toEqual([payload]),
    );
    expect(document.querySelectorAll('img').length).toBe(0);
    expect((window as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
