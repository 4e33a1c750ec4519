import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type PluginOption } from 'vite';
import { QUIET_FLAGS } from '../../e2e/support/chromium';
import { CHROMIUM_PATH } from '../../e2e/support/paths';

const ENTRY = fileURLToPath(new URL('./page-entry.ts', import.meta.url));

/** The DOM layer bundled for a test page (one IIFE defining window.cm). */
export async function bundleDomLayer(entry = ENTRY, plugins: PluginOption[] = []): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      lib: { entry, formats: ['iife'], name: 'clausemarkTest', fileName: () => 'dom.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bundling the DOM layer produced no code');
  return chunk.code;
}

export interface Harness {
  browser: Browser;
  /** A fresh page at http://127.0.0.1 showing `body` (HTML of the test's own making), with the DOM layer loaded. */
  page(body: string, options?: { width?: number; height?: number; document?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium (Debian's), a local server for test pages, and the bundled DOM layer. */
export async function startHarness(entry?: string, plugins?: PluginOption[]): Promise<Harness> {
  const script = await bundleDomLayer(entry, plugins);
  const pages = new Map<string, string>();
  let next = 0;
  const server: Server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_FLAGS, '--lang=en-US'],
  });
  return {
    browser,
    async page(body, options = {}) {
      const path = `/p${next++}.html`;
      pages.set(
        path,
        options.document
          ? body
          : `<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>body{margin:8px;font:16px/1.5 "Noto Sans CJK SC",sans-serif}</style></head><body>${body}</body></html>`,
      );
      const page = await browser.newPage({
        viewport: { width: options.width ?? 800, height: options.height ?? 600 },
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { timeout: 120_000 });
      await page.addScriptTag({ content: script });
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
