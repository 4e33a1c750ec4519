import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROME_EXTENSION, CHROMIUM_PATH, requireBuild } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  /** undefined when launched without the extension */
  extensionId: string | undefined;
  worker: Worker | undefined;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchChromiumOptions {
  profileDir?: string;
  headless?: boolean;
  /** the unpacked extension to load; false for a profile without any extension (the page's own baseline) */
  extension?: string | false;
  viewport?: { width: number; height: number };
  args?: string[];
}

/** Flags that keep Chromium from talking to the (closed) network on its own; see shared notes on the toolchain. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium with the built extension loaded, in a fresh profile that close() removes. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<ChromiumSession> {
  const extension = options.extension === undefined ? requireBuild(CHROME_EXTENSION) : options.extension;
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'clausemark-chromium-'));
  const args = [...QUIET_FLAGS, '--lang=en-US', ...(options.args ?? [])];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  else args.push('--disable-extensions');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    locale: 'en-US',
    timeout: 90_000,
  });
  context.setDefaultTimeout(30_000);
  const close = async () => {
    await context.close().catch(() => undefined);
    if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
  };
  if (!extension) return { context, extensionId: undefined, worker: undefined, profileDir, close };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 60_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, worker, profileDir, close };
  } catch (err) {
    await close();
    throw new Error(
      `the extension in ${extension} did not start a service worker: ${(err as Error).message}`,
    );
  }
}
