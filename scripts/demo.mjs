// `npm start`: builds the extension, serves the bundled demo page on 127.0.0.1 and opens it in Chromium with
// ClauseMark loaded. With a display the browser stays open until you close it; without one (a server, CI) it
// takes a screenshot to test-results/demo.png, prints how many passages were marked under each clause, and
// exits.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CLAUSEMARK_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'test-results/demo.png');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium is not at ${CHROMIUM}. Install it with:\n  sudo apt-get install chromium\nor:\n  node scripts/install-browsers.mjs`,
  );
  process.exit(1);
}

console.log('Building the extension…');
execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
});

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^[/\\]+/,
    '',
  );
  const file = join(PAGES, path || 'demo.html');
  if (!file.startsWith(PAGES + sep) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/demo.html`;

const { chromium } = await import('playwright-core');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const profile = mkdtempSync(join(tmpdir(), 'clausemark-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: !headed,
  viewport: headed ? null : { width: 1100, height: 1400 },
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headed ? [] : ['--disable-gpu']),
  ],
});
const cleanup = async () => {
  await context.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true });
};

try {
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);

  // Ask the content script for its state, as the popup does.
  let state;
  for (let i = 0; i < 100; i++) {
    state = await worker.evaluate(async (pageUrl) => {
      for (const tab of await chrome.tabs.query({})) {
        try {
          const s = await chrome.tabs.sendMessage(
            tab.id,
            { type: 'popup-to-content:get-state' },
            { frameId: 0 },
          );
          if (s?.url === pageUrl) return s;
        } catch {
          // no content script in that tab
        }
      }
      return null;
    }, url);
    if (state?.status === 'done') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const counts = Object.entries(state?.counts ?? {});
  const summary = counts.length
    ? counts.map(([clause, n]) => `  ${clause}: ${n}`).join('\n')
    : '  (nothing marked: is the content script running?)';

  if (headed) {
    console.log(`\nClauseMark is running on ${url}\nMarked passages per clause:\n${summary}`);
    console.log('Rest the pointer on a highlight to see its card; close the browser window to finish.');
    await new Promise((r) => context.on('close', r));
  } else {
    await page.waitForTimeout(300);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`\nNo display, so Chromium ran headless.\nScreenshot: ${SCREENSHOT}`);
    console.log(`Marked passages per clause (${state?.total ?? 0} in all) on ${url}:\n${summary}`);
  }
} finally {
  await cleanup();
}
