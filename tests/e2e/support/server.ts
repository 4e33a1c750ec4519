import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { FIXTURES_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** A request that reached the server, directly or as a proxy (absolute URL in the request line, or CONNECT). */
export interface ReceivedRequest {
  url: string;
  method: string;
  viaProxy: boolean;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** another site on this machine (http://127.0.0.2:PORT), for cross-origin frames */
  crossOrigin: string;
  url(path: string, cross?: boolean): string;
  /** every request either server received, in order */
  received: ReceivedRequest[];
  /** host:port the Firefox profile uses as its HTTP proxy, so requests from every extension context pass here */
  proxy: { host: string; port: number };
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages (or another root) on two loopback sites. Per-file response headers come from
 * headers.json in the root ({"corpus/strict-csp.html": {"Content-Security-Policy": "…"}}).
 */
export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const headers = await readHeaders(root);
  const received: ReceivedRequest[] = [];
  const origins: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const viaProxy = /^https?:\/\//.test(req.url ?? '');
    const url = viaProxy ? (req.url as string) : `http://${req.headers.host}${req.url}`;
    received.push({ url, method: req.method ?? 'GET', viaProxy });
    const parsed = new URL(url);
    if (viaProxy && !origins.includes(parsed.origin)) return send(res, 502, 'not a fixture origin');
    void serveFile(root, decodeURIComponent(parsed.pathname), headers, res);
  };
  const main = await listen(createServer(handler), '127.0.0.1');
  const cross = await listen(createServer(handler), '127.0.0.2').catch(() =>
    listen(createServer(handler), '127.0.0.1'),
  );
  for (const s of [main, cross])
    s.server.on('connect', (req: IncomingMessage, socket) => {
      received.push({ url: `https://${req.url}`, method: 'CONNECT', viaProxy: true });
      socket.destroy();
    });
  origins.push(main.origin, cross.origin);
  return {
    origin: main.origin,
    crossOrigin: cross.origin,
    url: (path, crossSite = false) => `${crossSite ? cross.origin : main.origin}/${path.replace(/^\//, '')}`,
    received,
    proxy: { host: '127.0.0.1', port: main.port },
    close: async () => {
      await Promise.all([main, cross].map((s) => new Promise((r) => s.server.close(r))));
      for (const s of [main, cross]) s.server.closeAllConnections();
    },
  };
}

async function listen(server: Server, host: string) {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, port, origin: `http://${host}:${port}` };
}

async function readHeaders(root: string): Promise<Record<string, Record<string, string>>> {
  try {
    return JSON.parse(await readFile(join(root, 'headers.json'), 'utf8'));
  } catch {
    return {};
  }
}

async function serveFile(
  root: string,
  pathname: string,
  headers: Record<string, Record<string, string>>,
  res: ServerResponse,
) {
  const rel = normalize(pathname).replace(/^[/\\]+/, '') || 'index.html';
  const file = join(root, rel);
  if (!file.startsWith(root + sep)) return send(res, 403, 'outside the fixture root');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, `no fixture ${rel}`);
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    ...headers[rel.split(sep).join('/')],
  });
  res.end(body);
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
