import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession, type LaunchChromiumOptions } from './chromium';
import { ExtensionControl } from './control';
import { inIsolatedWorld } from './isolated';
import {
  evaluator,
  isReportable,
  trackedPages,
  type FrameResult,
  type TestBrowser,
  type TestPage,
} from './test-browser';

export interface ChromiumTestBrowser extends TestBrowser {
  session: ChromiumSession;
  /** the Playwright page behind a TestPage opened here */
  pageOf(page: TestPage): Page;
}

/** Chromium with (or without) the extension, behind the browser-neutral TestBrowser interface. */
export async function chromiumTestBrowser(options: LaunchChromiumOptions = {}): Promise<ChromiumTestBrowser> {
  const session = await launchChromium(options);
  const worker = session.worker;
  const control = worker ? new ExtensionControl({ evaluate: evaluator(worker) }) : undefined;
  return {
    name: 'chromium',
    session,
    control,
    ...trackedPages(() => session.context.newPage(), wrapChromiumPage),
    close: () => session.close(),
  };
}

export function wrapChromiumPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (isReportable('console', m.text(), m.type())) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return {
    url: () => page.url(),
    probe: (fn, arg) => inIsolatedWorld(page, fn, arg),
    main: (fn, arg) => evaluator(page)(fn, arg),
    inFrames: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => {
      const out: FrameResult<R>[] = [];
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        let value: R | { error: string };
        try {
          value = await evaluator(frame)(fn, arg);
        } catch (err) {
          value = { error: (err as Error).message };
        }
        out.push({ name: frame.name(), url: frame.url(), value });
      }
      return out;
    },
    errors,
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
