import type { BrowserContext, Page } from 'playwright-core';
import type { ContentState, ExtensionControl } from '../../e2e/support/control';

export const CAP_MS = 60_000;

interface InPage {
  longtasks: { start: number; duration: number }[];
  loafs: { start: number; duration: number; scripts: string[] }[];
  frames: number[];
}

export interface PassResult {
  /** first full pass: start of reading to the first frame after the highlights were set */
  passMs: number;
  matcherMs: number | null;
  longestTaskMs: number;
  longestFrameMs: number | null;
  matches: number;
  heapBytes: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Main-thread task time of a page over a stretch: call start() before, the returned stop() after. */
export async function taskTimer(context: BrowserContext, page: Page): Promise<() => Promise<number>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await read();
  return async () => {
    const seconds = (await read()) - before;
    await cdp.detach();
    return seconds;
  };
}

/** Loads a page with ClauseMark and reads its first pass from the content script's own timing. */
export async function clauseMarkPass(
  context: BrowserContext,
  control: ExtensionControl,
  url: string,
): Promise<PassResult> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const tabId = await control.tabIdOf(url, 120_000);
  let state: ContentState | undefined;
  for (let i = 0; i < 1200; i++) {
    state = await control.getState(tabId);
    if (state.status === 'done' && state.timing.firstPassEnd !== null) break;
    await sleep(100);
  }
  if (!state?.timing.firstPassStart || !state.timing.firstPassEnd) throw new Error(`no first pass on ${url}`);
  await sleep(300);
  const data = (await page.evaluate(
    '({ longtasks: __bench.longtasks, loafs: __bench.loafs, frames: __bench.frames })',
  )) as InPage;
  const { firstPassStart, firstPassEnd, matcherMs } = state.timing;
  const painted = data.frames.find((t) => t >= firstPassEnd) ?? firstPassEnd;
  const from = firstPassStart - (matcherMs ?? 0) - 20;
  const overlaps = (e: { start: number; duration: number }) =>
    e.start + e.duration >= from && e.start <= painted;
  const ours = data.loafs.filter((f) => f.scripts.some((s) => s.startsWith('chrome-extension://')));
  const result: PassResult = {
    passMs: painted - firstPassStart,
    matcherMs,
    longestTaskMs: Math.max(0, ...data.longtasks.filter(overlaps).map((e) => e.duration)),
    longestFrameMs:
      data.loafs.length || ours.length
        ? Math.max(0, ...(ours.length ? ours : data.loafs.filter(overlaps)).map((f) => f.duration))
        : null,
    matches: state.total,
    heapBytes: await heapUsed(context, page),
  };
  await page.close();
  return result;
}

/** The floor: a TreeWalker reading all text, cold, right after load, in a profile without the extension. */
export async function floor(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const result = (await page.evaluate('__bench.floor()')) as { ms: number; nodes: number; chars: number };
  const heapBytes = await heapUsed(context, page);
  await page.close();
  return { ...result, heapBytes };
}

/**
 * mark.js or plain wrapping on a fresh load; null when it ran past the cap (the tab is closed then), and the
 * error's first line when it failed (mark.js builds one RegExp alternation of every term, which overflows V8's
 * regular-expression stack on large lexicons).
 */
export async function competitor(
  context: BrowserContext,
  url: string,
  which: 'markjs' | 'wrap',
  terms: string[],
): Promise<{ ms: number; marks: number } | { failed: string } | null> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (which === 'markjs') await page.addScriptTag({ url: '/bench/mark.min.js' });
  const run = (
    page.evaluate(`__bench.${which}(${JSON.stringify(terms)})`) as Promise<{ ms: number; marks: number }>
  ).catch((err: Error) => ({
    failed:
      String(err.message)
        .split('\n')[0]
        ?.replace(/^page\.evaluate: /, '') ?? '',
  }));
  const capped = await Promise.race([run, sleep(CAP_MS).then(() => null)]);
  run.catch(() => undefined);
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
  return capped;
}

export interface FeedResult {
  appended: number;
  taskSeconds: number;
  delays: number[];
  highlightedPosts: number;
}

/** The infinite feed: posts appended in 10 s, main-thread task time, and (optionally) insertion→highlight delays. */
export async function feed(
  context: BrowserContext,
  url: string,
  texts: string[],
  watch: boolean,
): Promise<FeedResult> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await sleep(500);
  const stop = await taskTimer(context, page);
  if (watch) await page.evaluate('__bench.watchHighlights = true');
  const { appended } = (await page.evaluate(`__bench.feed(${JSON.stringify(texts)})`)) as {
    appended: number;
  };
  await sleep(1000);
  const seconds = await stop();
  const delays = (await page.evaluate('[...__bench.highlighted.values()]')) as number[];
  await page.close();
  return { appended, taskSeconds: seconds, delays, highlightedPosts: delays.length };
}
