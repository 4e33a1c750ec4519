// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getClause, getDocument } from '../../utils/clauses';
import { fakePage, memoryStorage, noContentScript, renderPopup } from './popup-support';

const TAB = 3;
const A7 = 'bj-microblog-2011/art10-7';
const A5 = 'bj-microblog-2011/art10-5';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function lookup(query: string) {
  fireEvent.click(await screen.findByRole('tab', { name: 'Clause lookup' }));
  const input = screen.getByRole('searchbox', { name: 'Find a clause by number or words' });
  fireEvent.input(input, { target: { value: query } });
}

const detail = () => screen.getByRole('article');

describe('popup: clause lookup', () => {
  it.each(['10.7', 'art 10 vii', '第十条第七项'])(
    '"%s" opens Art. 10 (vii) in full, in both languages',
    async (q) => {
      noContentScript();
      renderPopup(`?tabId=${TAB}`, memoryStorage());
      await lookup(q);
      const clause = getClause(A7);
      const doc = getDocument('bj-microblog-2011');
      if (!clause || !doc) throw new Error('registry lacks Art. 10 (vii)');
      const article = detail();
      expect(within(article).getByRole('heading', { level: 2 }).textContent).toContain('Art. 10 (vii)');
      const text = article.textContent ?? '';
      for (const s of [
        clause.text.zh,
        clause.text.en,
        doc.title.en,
        doc.title.zh,
        doc.date,
        doc.issuer.en,
        doc.seed,
      ])
        expect(text).toContain(s);
      // its crosswalk to the baselines, with the rationale
      const crosswalk = within(article).getByRole('region', { name: 'Crosswalk' });
      expect(crosswalk.textContent).toContain('Baseline');
      expect(crosswalk.textContent).toMatch(/ — \S/);
    },
  );

  it('finds a baseline by its Chinese name, and lists the Article 10 items that imply it', async () => {
    noContentScript();
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    await lookup('道德风尚');
    const article = detail();
    expect(article.textContent).toContain(getClause('seven-baselines-2013/6')?.text.zh ?? '(missing)');
    expect(within(article).getByRole('heading', { name: 'Implied by' })).toBeTruthy();
    expect(within(article).getByRole('button', { name: /Art\. 10 \(vii\)/ })).toBeTruthy();
  });

  it('searches by words and lets the researcher pick among several clauses', async () => {
    noContentScript();
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    await lookup('rumours');
    const hits = within(screen.getByRole('list', { name: 'Clauses' })).getAllByRole('button');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]?.textContent).toContain('Art. 10 (vi)');
    fireEvent.click(hits[0] as HTMLElement);
    expect(detail().textContent).toContain(getClause('bj-microblog-2011/art10-6')?.text.en ?? '(missing)');
    // the opened clause's heading takes the focus
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
  });

  it('opens straight at ?clause=<id> and lists the matches on this page under it', async () => {
    const page = fakePage(TAB, { text: '这里有人在讲法轮功。' });
    renderPopup(`?tabId=${TAB}&clause=${encodeURIComponent(A5)}`, memoryStorage());
    expect(screen.getByRole('tab', { name: 'Clause lookup' }).getAttribute('aria-selected')).toBe('true');
    const here = await screen.findByRole('region', { name: 'On this page' });
    const match = await within(here).findByRole('button');
    expect(match.querySelector('mark')?.textContent).toBe('法轮功');
    fireEvent.click(match);
    await waitFor(() =>
      expect(page.received).toContainEqual({ type: 'popup-to-content:reveal-match', index: 0 }),
    );
  });

  it('searches the enabled documents only (the conventions are off by default)', async () => {
    noContentScript();
    renderPopup(`?tabId=${TAB}`, memoryStorage());
    await lookup('harmful information');
    await screen.findByText(/^Clauses found: \d+/);
    expect(screen.queryByText(/Art\. 9/)).toBeNull();
    cleanup();
    renderPopup(
      `?tabId=${TAB}`,
      memoryStorage({ enabledDocuments: ['bj-microblog-2011', 'isc-convention-2002'] }),
    );
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Clause lookup' })).toBeTruthy());
    await lookup('harmful information');
    await waitFor(() => expect(screen.getByText(/^Clauses found: [1-9]/)).toBeTruthy());
    expect(screen.getAllByText(/Art\. 9/).length).toBeGreaterThan(0);
  });
});
