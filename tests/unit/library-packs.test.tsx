// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../../utils/db/settings';
import {
  captureDownloads,
  chooseFile,
  libraryWorld,
  renderLibrary,
  type LibraryWorld,
} from './library-support';

const A = (n: number) => `bj-microblog-2011/art10-${n}`;
const KEYWORDS = readFileSync(join(__dirname, '../fixtures/packs/keywords.csv'), 'utf8');

let world: LibraryWorld;
let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  world?.db.close();
});

/** Adds a clause to one category's picker in the mapping form. */
async function mapCategory(category: string, clauseId: string) {
  const box = await waitFor(() => {
    const el = document.querySelector(`.category[data-category="${category}"]`);
    if (!el) throw new Error(`no category ${category} in the mapping form`);
    return el as HTMLElement;
  });
  const select = within(box).getByRole('combobox');
  fireEvent.change(select, { target: { value: clauseId } });
  fireEvent.click(within(box).getByRole('button', { name: /^Add clause/ }));
  await waitFor(() => expect(box.querySelectorAll('.chosen li').length).toBeGreaterThan(0));
}

const fileInput = () => screen.findByLabelText('Keyword list (CSV or text)');

describe('library: lexicon packs', () => {
  it('makes a pack from a CSV keyword list: map categories, preview, save, switch, export, delete', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#packs');
    expect(await screen.findByText('No packs yet.')).toBeTruthy();
    chooseFile(await fileInput(), 'Citizen Lab list.csv', KEYWORDS, 'text/csv');
    expect(await screen.findByText('Citizen Lab list.csv: 7 keywords (CSV).')).toBeTruthy();
    expect(screen.getByText('Political — 3 keywords, first on line 2')).toBeTruthy();
    expect(screen.getByText('Social — 2 keywords, first on line 7')).toBeTruthy();

    await mapCategory('Political', A(5));
    // two categories still unmapped: the preview names them, and saving is not possible
    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toContain('categories not mapped to any clause');
    expect(problem.textContent).toContain('"Event": 2 keywords, first on line 5');
    expect((screen.getByRole('button', { name: 'Save pack' }) as HTMLButtonElement).disabled).toBe(true);

    await mapCategory('Event', A(2));
    await mapCategory('Event', A(9));
    await mapCategory('Social', A(6));
    expect(await screen.findByText('Preview: pack citizen-lab-list, 7 keywords')).toBeTruthy();
    const preview = screen.getByRole('table');
    expect(preview.textContent).toContain('法轮功 · 李洪志');
    expect(preview.textContent).toContain('Art. 10 (ii)');
    fireEvent.input(screen.getByLabelText('Pack name'), { target: { value: 'Citizen Lab (test)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save pack' }));

    const item = await screen.findByText('Citizen Lab (test)');
    const row = (await world.db.packs.get('citizen-lab-list'))!;
    expect(row).toMatchObject({
      name: 'Citizen Lab (test)',
      sourceFormat: 'csv',
      sourceFile: 'Citizen Lab list.csv',
      mapping: { Political: [A(5)], Event: [A(2), A(9)], Social: [A(6)] },
      enabled: true,
    });
    expect((await loadSettings(world.db)).settings.enabledPacks).toEqual(['citizen-lab-list']);
    await waitFor(() => expect(world.mirrored.at(-1)?.activePacks).toEqual([row.lexicon]));

    const li = item.closest('li') as HTMLElement;
    const toggle = within(li).getByRole('switch');
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await world.db.packs.get('citizen-lab-list'))?.enabled).toBe(false));
    await waitFor(() => expect(world.mirrored.at(-1)?.activePacks).toEqual([]));

    fireEvent.click(within(li).getByRole('button', { name: 'Export keyword list (CSV)' }));
    fireEvent.click(within(li).getByRole('button', { name: 'Export lexicon (JSON)' }));
    expect(downloads.map((d) => d.name)).toEqual(['Citizen Lab list.csv', 'citizen-lab-list.lexicon.json']);
    const csv = await downloads[0]!.blob.text();
    expect(csv.split(/\r?\n/)[0]).toBe('word,translation,category,theme');
    expect(csv).toContain('Falun Dafa,"Falun Dafa, the practice",Political,Falun Gong');
    expect(JSON.parse(await downloads[1]!.blob.text())).toEqual(row.lexicon);

    fireEvent.click(within(li).getByRole('button', { name: 'Delete…' }));
    fireEvent.click(within(li).getByRole('button', { name: 'Delete “Citizen Lab (test)” for good' }));
    expect(await screen.findByText('No packs yet.')).toBeTruthy();
    expect(await world.db.packs.count()).toBe(0);
  });

  it('reads a plain-text list as one category and can leave out nothing', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#packs');
    chooseFile(await fileInput(), 'fg.txt', '# comment\n法轮功\n\n大法+弟子\nFalun Gong\n');
    expect(await screen.findByText('fg.txt: 3 keywords (TEXT).')).toBeTruthy();
    await mapCategory('*', A(5));
    expect(await screen.findByText('Preview: pack fg, 3 keywords')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Switch the pack on when saved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save pack' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save pack' })).toBeNull());
    expect((await world.db.packs.get('fg'))?.enabled).toBe(false);
    expect(screen.getByText('fg', { selector: '.pack-name' })).toBeTruthy();
    // the same file again is refused by id, unless replacing is asked for
    chooseFile(await fileInput(), 'fg.txt', '法轮功\n');
    await mapCategory('*', A(5));
    fireEvent.click(await screen.findByRole('button', { name: 'Save pack' }));
    expect((await screen.findByText('The pack was not saved:')).parentElement?.textContent).toContain(
      'a pack with id "fg" already exists',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Replace a stored pack with the same id' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save pack' }));
    await waitFor(async () =>
      expect((await world.db.packs.get('fg'))?.source).toMatchObject({ rows: [{ keyword: '法轮功' }] }),
    );
  });

  it('shows the line of a bad file and saves nothing', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#packs');
    chooseFile(
      await fileInput(),
      'broken.csv',
      'keyword,category\n法轮功,Political\n"unterminated,Event\n',
      'text/csv',
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('nothing was saved');
    expect(alert.textContent).toContain('broken.csv:3:1: unterminated quote');
    chooseFile(await fileInput(), 'nokeyword.csv', 'name,category\nx,y\n', 'text/csv');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('nokeyword.csv:1:1: no keyword column'),
    );
    expect(screen.queryByRole('button', { name: 'Save pack' })).toBeNull();
    expect(await world.db.packs.count()).toBe(0);
    expect(world.sent).toEqual([]);
  });

  it('keyword lists with script-like keywords preview as text', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#packs');
    chooseFile(
      await fileInput(),
      'x.csv',
      'keyword,category\n"<img src=x onerror=""window.pwned=1"">",<b>cat</b>\n',
      'text/csv',
    );
    expect(await screen.findByText('<b>cat</b> — 1 keyword, on line 2')).toBeTruthy();
    await mapCategory('<b>cat</b>', A(8));
    expect((await screen.findByRole('table')).textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect(document.querySelectorAll('img, b').length).toBe(0);
  });
});

describe('library: allow-list', () => {
  it('adds and removes terms that must never fire, stored in settings and passed to the content scripts', async () => {
    world = await libraryWorld({ sample: false });
    renderLibrary(world.backend, '#packs');
    const field = await screen.findByLabelText('Terms or contexts that must never be marked');
    fireEvent.input(field, { target: { value: '法轮功研究会' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.input(field, { target: { value: 'Tiananmen Square tour' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect((await loadSettings(world.db)).settings.allowList).toEqual([
        '法轮功研究会',
        'Tiananmen Square tour',
      ]),
    );
    await waitFor(() =>
      expect(world.mirrored.at(-1)?.settings?.allowList).toEqual(['法轮功研究会', 'Tiananmen Square tour']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove 法轮功研究会' }));
    await waitFor(async () =>
      expect((await loadSettings(world.db)).settings.allowList).toEqual(['Tiananmen Square tour']),
    );
  });
});
