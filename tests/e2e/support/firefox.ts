import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { ExtensionControl } from './control';
import { FIREFOX_EXTENSION, FIREFOX_PATH, requireBuild } from './paths';
import {
  evaluator,
  isReportable,
  trackedPages,
  type FrameResult,
  type TestBrowser,
  type TestPage,
} from './test-browser';
import { sleep } from './wait';

/** The gecko id in wxt.config.ts, and the moz-extension:// host the tests pin it to. */
export const GECKO_ID = 'clausemark@clausemark.invalid';
export const EXTENSION_UUID = '6f1d2c3b-8a4e-4c5d-9e7f-0a1b2c3d4e5f';

export interface LaunchFirefoxOptions {
  /** the unpacked extension to install; false for a profile without it */
  extension?: string | false;
  geckoId?: string;
  /** route every request of the browser (extension contexts included) through this HTTP proxy */
  proxy?: { host: string; port: number };
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://UUID, or undefined without the extension */
  extensionOrigin: string | undefined;
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension installed as a temporary add-on.
 * Its moz-extension UUID is fixed through a pref so extension pages have a known URL.
 */
export async function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<FirefoxSession> {
  const extension = options.extension === undefined ? requireBuild(FIREFOX_EXTENSION) : options.extension;
  const geckoId = options.geckoId ?? GECKO_ID;
  const profileParent = mkdtempSync(join(tmpdir(), 'clausemark-firefox-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en-US, en',
    'browser.shell.checkDefaultBrowser': false,
  };
  if (options.proxy)
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': options.proxy.host,
      'network.proxy.http_port': options.proxy.port,
      'network.proxy.ssl': options.proxy.host,
      'network.proxy.ssl_port': options.proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
    });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: prefs,
    userDataDir: join(profileParent, 'profile'),
    protocolTimeout: 120_000,
    timeout: 90_000,
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(profileParent, { recursive: true, force: true });
  };
  if (!extension) return { browser, extensionOrigin: undefined, close };
  try {
    await browser.installExtension(extension);
  } catch (err) {
    await close();
    throw new Error(`Firefox refused the extension in ${extension}: ${(err as Error).message}`);
  }
  return { browser, extensionOrigin: `moz-extension://${EXTENSION_UUID}`, close };
}

/**
 * Opens an extension page without waiting for a load event, which Firefox never reports for moz-extension://
 * over BiDi, and polls until its document is there.
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  for (let i = 0; i < 300; i++) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(url.split('?')[0] ?? url)) return page;
    await sleep(100);
  }
  throw new Error(`${url} did not open`);
}

export interface FirefoxTestBrowser extends TestBrowser {
  session: FirefoxSession;
  pageOf(page: TestPage): Page;
}

/** Firefox behind the browser-neutral TestBrowser interface; the control runs in an extension page. */
export async function firefoxTestBrowser(options: LaunchFirefoxOptions = {}): Promise<FirefoxTestBrowser> {
  const session = await launchFirefox(options);
  let control: ExtensionControl | undefined;
  if (session.extensionOrigin) {
    const host = await openExtensionPage(session.browser, `${session.extensionOrigin}/popup.html?tabId=-1`);
    control = new ExtensionControl({ evaluate: evaluator(host) });
  }
  return {
    name: 'firefox',
    session,
    control,
    ...trackedPages(() => session.browser.newPage(), wrapFirefoxPage),
    close: () => session.close(),
  };
}

function wrapFirefoxPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) =>
    errors.push(`pageerror: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  );
  page.on('console', (m) => {
    if (isReportable('console', m.text(), m.type())) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  const isolated = (frame: Frame) =>
    evaluator((frame as unknown as { isolatedRealm(): { evaluate: unknown } }).isolatedRealm());
  return {
    url: () => page.url(),
    probe: (fn, arg) => isolated(page.mainFrame())(fn, arg),
    main: (fn, arg) => evaluator(page)(fn, arg),
    inFrames: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => {
      const out: FrameResult<R>[] = [];
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        let value: R | { error: string };
        let name = '';
        try {
          name = await evaluator(frame)(() => window.name, null);
          value = await evaluator(frame)(fn, arg);
        } catch (err) {
          value = { error: (err as Error).message };
        }
        out.push({ name, url: frame.url(), value });
      }
      return out;
    },
    errors,
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}
