import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumTestBrowser, type ChromiumTestBrowser } from './chromium-browser';
import type { ContentState, ExtensionControl } from './control';
import { ChromiumNetworkRecorder } from './network';
import { familyOfClauses } from './oracle';
import { readHighlights, type HighlightReport } from './probes';
import { startFixtureServer, type FixtureServer } from './server';
import type { TestPage } from './test-browser';
import { settle } from './wait';

export interface ChromiumSuite {
  server: FixtureServer;
  browser: ChromiumTestBrowser;
  control: ExtensionControl;
  /** every request of the browser's context, so a test can assert the extension made none */
  recorder: ChromiumNetworkRecorder;
  /** writes (or rewrites, as a site changing its content would) a page of `pages`' folder */
  writePage(file: string, html: string): void;
  close(): Promise<void>;
}

export interface ChromiumSuiteOptions {
  /** pages served from a fresh folder instead of the fixtures folder */
  pages?: Record<string, string>;
  /** runs on the browser before anything is recorded (e.g. to add an init script) */
  beforeRecording?: (browser: ChromiumTestBrowser) => Promise<unknown>;
}

/** A fixture server plus Chromium with the extension and a network recorder: what most test files need. */
export async function chromiumSuite(options: ChromiumSuiteOptions = {}): Promise<ChromiumSuite> {
  const root = options.pages ? mkdtempSync(join(tmpdir(), 'clausemark-e2e-')) : undefined;
  const writePage = (file: string, html: string) => {
    if (!root) throw new Error('writePage needs a suite opened with pages');
    writeFileSync(join(root, file), html);
  };
  for (const [file, html] of Object.entries(options.pages ?? {})) writePage(file, html);
  const removeRoot = () => root && rmSync(root, { recursive: true, force: true });
  const server = await startFixtureServer(root);
  let browser: ChromiumTestBrowser | undefined;
  try {
    browser = await chromiumTestBrowser();
    await options.beforeRecording?.(browser);
    const recorder = await ChromiumNetworkRecorder.attach(browser.session.context);
    const control = browser.control as ExtensionControl;
    const opened = browser;
    return {
      server,
      browser,
      control,
      recorder,
      writePage,
      close: async () => {
        await recorder.detach();
        await opened.close();
        await server.close();
        removeRoot();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    removeRoot();
    throw err;
  }
}

/** Reads the highlights until `done` accepts them (or the time runs out; the caller asserts on the result). */
export function highlightsWhen(
  page: TestPage,
  done: (r: HighlightReport) => boolean,
  timeout = 15_000,
): Promise<HighlightReport> {
  return settle(() => page.probe(readHighlights, 2000), done, { timeout });
}

/** The content script's state for a page, once `done` accepts it. */
export async function stateWhen(
  control: ExtensionControl,
  page: TestPage,
  done: (s: ContentState) => boolean,
  timeout = 15_000,
): Promise<ContentState> {
  const tabId = await control.tabIdOf(page.url());
  return settle(() => control.getState(tabId), done, { timeout });
}

/** Matches per colour family, as the content script reports them. */
export function familiesOfMatches(matches: ContentState['matches']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of matches) {
    const f = familyOfClauses(m.clauses);
    out[f] = (out[f] ?? 0) + 1;
  }
  return out;
}
