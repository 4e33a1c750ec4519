import { expect } from 'vitest';
import type { CorpusCase } from './corpus';
import { firstDifference } from './identity';
import { familySizes, highlightsByPassage, lexiconDisagreements, sortedPassages } from './oracle';
import {
  domFingerprint,
  layoutFingerprint,
  readHighlights,
  readPassages,
  type HighlightReport,
} from './probes';
import type { TestBrowser, TestPage } from './test-browser';
import { settle, sleep } from './wait';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Family sizes implied by a passage list (nothing may be drawn outside the passages). */
function sizesOf(passages: NonNullable<CorpusCase['passages']>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const list of Object.values(passages))
    for (const [family] of list) out[family] = (out[family] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const sorted = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * Opens a corpus page in a profile with and one without the extension and checks: the highlights are exactly
 * the expected ones (top frame and frames), no error escaped, and the page's DOM, style sheets and layout are
 * the same in both profiles.
 */
export async function checkCorpusCase(c: CorpusCase, url: string, plain: TestBrowser, withExt: TestBrowser) {
  const b = await withExt.open(url);
  const a = await plain.open(url);
  try {
    const timeout = c.timeout ?? 15_000;
    const wantSizes = sorted(c.sizes ?? (c.passages ? sizesOf(c.passages) : {}));
    const ids = Object.keys(c.passages ?? {});
    const wantPassages = sortedPassages(c.passages ?? {});
    if (c.ready) {
      const selector = c.ready;
      const ready = await settle(
        () => b.probe((s) => document.querySelector(s) !== null, selector),
        (r) => r,
      );
      expect(ready, `page ready (${selector})`).toBe(true);
    }
    if (c.passages) expect(lexiconDisagreements(await b.probe(readPassages, ids), c.passages)).toBe('');

    const ok = (r: HighlightReport) =>
      same(sorted(familySizes(r)), wantSizes) &&
      (!c.passages || same(sortedPassages(highlightsByPassage(r, ids)), wantPassages)) &&
      Object.values(r.ranges).every((list) => list.every((x) => x.connected));
    const report = await settle(() => b.probe(readHighlights, 50), ok, { timeout, interval: 200 });
    expect(sorted(familySizes(report))).toEqual(wantSizes);
    if (c.passages) expect(sortedPassages(highlightsByPassage(report, ids))).toEqual(wantPassages);
    if (c.churn) {
      // the page keeps replacing its body: ranges into old bodies must not pile up
      for (let i = 0; i < 10; i++) {
        const now = await b.probe(readHighlights, 50);
        expect(Object.values(familySizes(now)).reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(2);
        await sleep(100);
      }
    } else {
      expect(Object.values(report.ranges).every((list) => list.every((x) => x.connected))).toBe(true);
    }

    for (const [name, want] of Object.entries(c.frames ?? {})) {
      const frames = await settle(
        () => b.inFrames(readHighlights, 10),
        (fs) =>
          fs.some(
            (f) =>
              f.name === name && !('error' in f.value) && same(sorted(familySizes(f.value)), sorted(want)),
          ),
        { timeout, interval: 200 },
      );
      const frame = frames.find((f) => f.name === name);
      expect(frame, `frame ${name} among ${frames.map((f) => f.name).join(', ')}`).toBeDefined();
      const value = frame?.value as HighlightReport | { error: string };
      if ('error' in value) expect.fail(`frame ${name}: ${value.error}`);
      expect(sorted(familySizes(value)), `highlights in frame ${name}`).toEqual(sorted(want));
    }

    await sleep(300);
    expect(b.errors, 'errors with the extension').toEqual([]);
    expect(a.errors, 'errors without the extension (the page itself)').toEqual([]);
    await expectSamePage(a, b);
  } finally {
    await a.close();
    await b.close();
  }
}

/** The page as the page itself sees it is the same in both profiles (waiting out the page's own timers). */
export async function expectSamePage(a: TestPage, b: TestPage) {
  const both = () => Promise.all([a.probe(domFingerprint, null), b.probe(domFingerprint, null)]);
  const [x, y] = await settle(both, ([x, y]) => x.hash === y.hash, { timeout: 4000, interval: 200 });
  if (x.hash !== y.hash) expect.fail(`DOM differs with the extension ${await firstDifference(a, b)}`);
  const frames = () => Promise.all([a.inFrames(domFingerprint, null), b.inFrames(domFingerprint, null)]);
  const [fa, fb] = await settle(frames, ([p, q]) => same(p, q), { timeout: 3000, interval: 200 });
  expect(fb).toEqual(fa);
  const sheets = () => ({
    styleSheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
  });
  expect(await b.probe(sheets, null)).toEqual(await a.probe(sheets, null));
  expect(await b.probe(layoutFingerprint, 3000)).toBe(await a.probe(layoutFingerprint, 3000));
}
