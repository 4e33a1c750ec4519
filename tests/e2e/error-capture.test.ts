import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumTestBrowser } from './support/chromium-browser';
import { firefoxTestBrowser } from './support/firefox';
import { writeErrorProbeExtension } from './support/probe-extension';
import { startFixtureServer, type FixtureServer } from './support/server';
import type { TestBrowser } from './support/test-browser';
import { settle } from './support/wait';

// The corpus asserts that no error escapes ClauseMark's content script; this proves such errors would be seen.
let server: FixtureServer;
const dirs: string[] = [];
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('error capture (checked on a content script that fails)', () => {
  test.each([
    ['chromium', 3],
    ['firefox', 2],
  ] as const)(
    '%s: [clausemark] console errors and uncaught content-script errors are collected',
    async (name, mv) => {
      const dir = writeErrorProbeExtension(mv);
      dirs.push(dir);
      const browser: TestBrowser =
        name === 'chromium'
          ? await chromiumTestBrowser({ extension: dir })
          : await firefoxTestBrowser({ extension: dir, geckoId: 'error-probe@clausemark.invalid' });
      try {
        const page = await browser.open(server.url('weibo.html'));
        const errors = await settle(
          async () => [...page.errors],
          (e) => e.length >= 2,
        );
        expect(errors.some((e) => e.includes('[clausemark] probe error'))).toBe(true);
        expect(errors.some((e) => e.startsWith('pageerror') && e.includes('probe uncaught'))).toBe(true);
      } finally {
        await browser.close();
      }
    },
  );
});
