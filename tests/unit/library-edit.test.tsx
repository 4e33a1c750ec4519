// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { flagPage } from '../../utils/db/flag';
import { capture } from '../fixtures/db/library';
import { libraryWorld, renderLibrary, type LibraryWorld } from './library-support';

let world: LibraryWorld;
afterEach(() => {
  cleanup();
  world?.db.close();
  delete (window as { pwned?: unknown }).pwned;
});

const list = () => screen.getByRole('listbox', { name: 'Flagged pages' });
const titles = () =>
  within(list())
    .queryAllByRole('option')
    .map((o) => o.querySelector('.page-title')?.textContent);

describe('library: describing a page', () => {
  it('saves the note and tags, which search and the tag filter then find', async () => {
    world = await libraryWorld();
    const page = (await world.db.pages.where('domain').equals('example.org').first())!;
    renderLibrary(world.backend, `#page=${page.id}`);
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Report: Falun Gong practitioners',
    });
    const detail = heading.closest('article') as HTMLElement;
    fireEvent.input(within(detail).getByLabelText('Note on this page'), {
      target: { value: 'archived copy at the Wayback Machine' },
    });
    const tagField = within(detail).getByLabelText('Tags', { selector: 'input' });
    fireEvent.input(tagField, { target: { value: 'english' } });
    fireEvent.keyDown(tagField, { key: 'Enter' });
    fireEvent.input(tagField, { target: { value: 'ngo report' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Add tag' }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Remove tag english' }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Save note and tags' }));
    expect(await within(detail).findByText('Saved.')).toBeTruthy();
    const stored = (await world.db.pages.get(page.id))!;
    expect(stored).toMatchObject({ note: 'archived copy at the Wayback Machine', tags: ['ngo report'] });
    expect(world.sent.at(-1)).toEqual({
      type: 'library-to-background:update-page',
      id: page.id,
      note: 'archived copy at the Wayback Machine',
      tags: ['ngo report'],
    });

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'wayback' } });
    await waitFor(() => expect(titles()).toEqual(['Report: Falun Gong practitioners']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    const tags = screen.getByLabelText('Tag', { selector: 'select' }) as HTMLSelectElement;
    await waitFor(() => expect([...tags.options].map((o) => o.value)).toContain('ngo report'));
    fireEvent.change(tags, { target: { value: 'ngo report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add: Tag' }));
    await waitFor(() => expect(titles()).toEqual(['Report: Falun Gong practitioners']));
  });

  it('shows the storage layer’s reason when a change is refused', async () => {
    world = await libraryWorld();
    const page = (await world.db.pages.where('domain').equals('example.org').first())!;
    renderLibrary(world.backend, `#page=${page.id}`);
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Report: Falun Gong practitioners',
    });
    const detail = heading.closest('article') as HTMLElement;
    // deleted elsewhere while open: the save names the missing page
    await world.db.pages.delete(page.id);
    fireEvent.input(within(detail).getByLabelText('Note on this page'), { target: { value: 'x' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Save note and tags' }));
    expect((await within(detail).findByRole('alert')).textContent).toContain(`no page with id "${page.id}"`);
  });
});

describe('library: untrusted text stays text', () => {
  const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

  it('renders script-like titles, addresses, notes, tags and page text inert', async () => {
    world = await libraryWorld({ sample: false });
    const text = `Intro ${PAYLOAD} then 法轮功 <iframe src="javascript:window.pwned=3"></iframe>`;
    await flagPage(
      world.db,
      capture(
        'javascript:window.pwned=4//<b>x</b>',
        PAYLOAD,
        text,
        [{ quote: '法轮功', clauses: ['bj-microblog-2011/art10-5'] }],
        {
          note: `<svg onload="window.pwned=5">`,
          tags: ['<b>bold</b>'],
        },
      ),
      '2026-03-09T00:00:00.000Z',
    );
    const match = (await world.db.matches.toArray())[0]!;
    await world.db.matches.update(match.id, { note: '<a href="javascript:window.pwned=6">click</a>' });
    renderLibrary(world.backend);
    await waitFor(() => expect(titles()).toEqual([PAYLOAD]));
    fireEvent.click(within(list()).getByRole('option'));
    const heading = await screen.findByRole('heading', { level: 2, name: PAYLOAD });
    const detail = heading.closest('article') as HTMLElement;
    expect(within(detail).getByText('javascript:window.pwned=4//<b>x</b>').tagName).toBe('DD');
    expect(within(detail).getByRole('region', { name: 'Text as flagged' }).textContent).toBe(text);
    expect((within(detail).getByLabelText('Note on this page') as HTMLTextAreaElement).value).toBe(
      '<svg onload="window.pwned=5">',
    );
    expect(within(detail).getByText('<b>bold</b>')).toBeTruthy();
    expect(document.querySelectorAll('img, script, iframe, svg, b').length).toBe(0);
    expect(
      [...document.querySelectorAll('a')].every((a) => !a.getAttribute('href')?.startsWith('javascript:')),
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
