import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Serves the generated pages from memory, plus the in-page helper and mark.js, on 127.0.0.1. */
export async function servePages(root: string, pages: Record<string, string>) {
  const files: Record<string, [string, string | Buffer]> = {
    '/bench/in-page.js': ['text/javascript', readFileSync(join(root, 'tests/bench/page/in-page.js'))],
    '/bench/mark.min.js': [
      'text/javascript',
      readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js')),
    ],
  };
  for (const [path, html] of Object.entries(pages)) files[path] = ['text/html; charset=utf-8', html];
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file[0], 'Cache-Control': 'no-store' }).end(file[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${origin}${path}`,
    close: () => new Promise((r) => server.close(r)),
  };
}
