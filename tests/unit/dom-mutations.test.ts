// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { extractBlocks } from '../../utils/dom/extract';
import { PageModel } from '../../utils/dom/model';
import { MutationWatcher, planBatch } from '../../utils/dom/mutations';

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const c of children) e.append(c);
  return e;
}

let observer: MutationObserver;
beforeEach(() => {
  document.body.replaceChildren();
  observer = new MutationObserver(() => undefined);
});
afterEach(() => observer.disconnect());

/** The records of whatever `change` does to the document. */
function recordsOf(change: () => void): MutationRecord[] {
  observer.observe(document, { childList: true, characterData: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('planBatch', () => {
  test('changed text re-reads the runs of its block, not the block’s nested blocks', () => {
    const b = el('b', '法轮功');
    const p = el('p', '前 ', b, el('div', 'nested'));
    document.body.append(p);
    const plan = planBatch(recordsOf(() => ((b.firstChild as Text).data = '法轮大法')));
    expect(plan).toEqual({ full: false, deep: [], shallow: [p], removed: [] });
  });

  test('a post appended to a feed is read whole; the feed itself is not re-read', () => {
    const feed = el('div', el('article', 'old post'));
    document.body.append(feed);
    const post = el('article', el('p', '新帖 法轮功'));
    const plan = planBatch(recordsOf(() => feed.append(post)));
    expect(plan.deep).toEqual([post]);
    expect(plan.shallow).toEqual([]);
    expect(plan.full).toBe(false);
  });

  test('an added inline wrapper re-reads its owner’s runs and reads the blocks inside it', () => {
    const feed = el('div');
    document.body.append(feed);
    const card = el('div', '卡片');
    const link = el('a', 'title ', card);
    const plan = planBatch(recordsOf(() => feed.append(link)));
    expect(plan.shallow).toEqual([feed]);
    expect(plan.deep).toEqual([card]);
  });

  test('nodes added inside nodes added in the same batch are read once, with their ancestor', () => {
    const feed = el('div');
    document.body.append(feed);
    const post = el('section');
    const plan = planBatch(
      recordsOf(() => {
        feed.append(post);
        post.append(el('p', '一'), el('p', '二'));
      }),
    );
    expect(plan.deep).toEqual([post]);
    expect(plan.shallow).toEqual([]);
  });

  test('removed nodes are listed (their blocks go) and their parent block’s runs are re-read', () => {
    const gone = el('p', '删掉的法轮功');
    const span = el('span', 'inline');
    const div = el('div', 'text ', span, gone);
    document.body.append(div);
    const plan = planBatch(
      recordsOf(() => {
        gone.remove();
        span.remove();
      }),
    );
    expect(plan.removed).toEqual([gone, span]);
    expect(plan.shallow).toEqual([div]);
  });

  test('the card host, scripts and comments are not page content', () => {
    const card = document.createElement('clausemark-card');
    const plan = planBatch(
      recordsOf(() => {
        document.documentElement.append(card);
        document.body.append(el('script', 'x = 1'), document.createComment('c'));
        card.remove();
      }),
      { ignore: (n) => n === card },
    );
    expect(plan).toEqual({ full: false, deep: [], shallow: [], removed: [] });
  });

  test('a replaced body, or too many records, means one full rescan', () => {
    document.body.append(el('p', 'x'));
    expect(planBatch(recordsOf(() => document.body.replaceWith(el('body', el('p', 'y'))))).full).toBe(true);
    const many = recordsOf(() => {
      for (let i = 0; i < 20; i++) document.body.append(el('p', String(i)));
    });
    expect(planBatch(many, { maxRecords: 10 }).full).toBe(true);
    expect(planBatch(many, { maxRecords: 100 }).full).toBe(false);
  });
});

describe('PageModel', () => {
  test('an update drops stale blocks and re-read owners, and keeps blocks in document order', () => {
    const a = el('p', 'A');
    const b = el('p', 'B');
    const c = el('p', 'C');
    document.body.append(a, b, c);
    const model = new PageModel();
    model.reset(extractBlocks(document.body), new Map());
    expect(model.text().text).toBe('A\nB\nC');

    // B's text changes and a new paragraph appears between A and B
    (b.firstChild as Text).data = 'B2';
    const between = el('p', 'AB');
    a.after(between);
    const added = [...extractBlocks(between), ...extractBlocks(b)];
    model.apply({ stale: new Set(), rereadOwners: new Set([b]), added, matches: new Map() });
    expect(model.text().text).toBe('A\nAB\nB2\nC');
    expect(model.length).toBe('AABB2C'.length);
    expect(model.blockOf(between.firstChild as Text)?.text).toBe('AB');

    // A is removed: its block is stale
    const stale = new Set([model.blockOf(a.firstChild as Text)!]);
    a.remove();
    model.apply({ stale, rereadOwners: new Set(), added: [], matches: new Map() });
    expect(model.text().text).toBe('AB\nB2\nC');
    expect(model.blockOf(a.firstChild as Text)).toBeUndefined();
  });

  test('a new block holding a node of an old block replaces it (text re-read in place)', () => {
    const p = el('p', 'one ', el('b', 'two'));
    document.body.append(p);
    const model = new PageModel();
    model.reset(extractBlocks(document.body), new Map());
    const [old] = model.blocks;
    const fresh = extractBlocks(p);
    model.apply({ stale: new Set(), rereadOwners: new Set(), added: fresh, matches: new Map() });
    expect(model.blocks).toEqual(fresh);
    expect(model.blocks[0]).not.toBe(old);
  });
});

describe('MutationWatcher', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('hands changes over in batches, one batch at a time, and marks an overflow instead of piling up', async () => {
    const controller = new AbortController();
    const batches: { records: number; overflow: boolean }[] = [];
    let release: () => void = () => undefined;
    const watcher = new MutationWatcher({
      signal: controller.signal,
      minIntervalMs: 0,
      maxPending: 50,
      onBatch: (b) => {
        batches.push({ records: b.records.length, overflow: b.overflow });
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    watcher.observe(document);
    for (let i = 0; i < 3; i++) document.body.append(el('p', String(i)));
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]).toEqual({ records: 3, overflow: false });

    // While the first batch is being processed, more changes wait; too many become one overflow.
    for (let i = 0; i < 80; i++) document.body.append(el('p', String(i)));
    await wait(50);
    expect(batches).toHaveLength(1);
    release();
    await vi.waitFor(() => expect(batches).toHaveLength(2));
    expect(batches[1]).toEqual({ records: 0, overflow: true });
    release();

    controller.abort();
    document.body.append(el('p', 'after'));
    await wait(50);
    expect(batches).toHaveLength(2);
  });
});
