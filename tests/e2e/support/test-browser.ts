import type { ExtensionControl } from './control';

/** One child frame's answer to a probe. */
export interface FrameResult<R> {
  name: string;
  url: string;
  value: R | { error: string };
}

/** A page in either browser, with what the tests need from it. */
export interface TestPage {
  url(): string;
  /** runs a self-contained function in an isolated world of the top frame (immune to the page's own JS) */
  probe<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** runs a self-contained function in the page's own world of the top frame */
  main<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** runs a self-contained function in every child frame (their own world) */
  inFrames<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<FrameResult<R>[]>;
  /** uncaught errors from the page or the content script, and console errors prefixed [clausemark] */
  readonly errors: string[];
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  /** undefined in a profile without the extension */
  control: ExtensionControl | undefined;
  open(url: string): Promise<TestPage>;
  close(): Promise<void>;
}

/** What counts as an error escaping ClauseMark, or any error at all in a page that should have none. */
export function isReportable(kind: 'console' | 'pageerror', text: string, type = 'error'): boolean {
  if (kind === 'pageerror') return true;
  return type === 'error' && text.startsWith('[clausemark]');
}

type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** A driver's evaluate with plain argument types (the drivers' own generics unbox handles, which these never pass). */
export function evaluator(target: { evaluate: unknown }): Evaluate {
  return (target.evaluate as Evaluate).bind(target);
}

/**
 * open() and pageOf() of a TestBrowser: each page opened is wrapped as a TestPage, and the driver's page behind
 * a TestPage can be had back.
 */
export function trackedPages<
  P extends { goto(url: string, options: { waitUntil: 'load'; timeout: number }): Promise<unknown> },
>(newPage: () => Promise<P>, wrap: (page: P) => TestPage) {
  const pages = new WeakMap<TestPage, P>();
  return {
    pageOf: (p: TestPage): P => {
      const page = pages.get(p);
      if (!page) throw new Error('not a page of this browser');
      return page;
    },
    open: async (url: string): Promise<TestPage> => {
      const page = await newPage();
      const testPage = wrap(page);
      pages.set(testPage, page);
      await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
      return testPage;
    },
  };
}
