import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  /** who reported it: Playwright's request event, CDP on a page target, or CDP on the service worker */
  source: 'context' | 'page-cdp' | 'worker-cdp';
  /** true when the extension's own code started it (service worker, or a chrome-extension:// script on the stack) */
  byExtension: boolean;
}

const LOCAL = /^(chrome-extension|moz-extension|data|blob|about|chrome|devtools):/;

interface CdpInitiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: CdpInitiator['stack'] };
}

function extensionOnStack(initiator: CdpInitiator | undefined): boolean {
  if (initiator?.url?.startsWith('chrome-extension://')) return true;
  for (let s = initiator?.stack; s; s = s.parent)
    if (s.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  return false;
}

/**
 * Records every request made in a Chromium context: Playwright's request events (pages, frames, workers and the
 * extension's service worker) plus CDP Network on every page target and on the service worker target, so a
 * request missed by one source is still seen by the other.
 */
export class ChromiumNetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  private host: Page | undefined;
  private hostSession: CDPSession | undefined;
  private readonly attachedWorkers = new Set<string>();

  private constructor(private readonly context: BrowserContext) {}

  static async attach(context: BrowserContext): Promise<ChromiumNetworkRecorder> {
    const rec = new ChromiumNetworkRecorder(context);
    context.on('request', (r) =>
      rec.requests.push({ url: r.url(), source: 'context', byExtension: r.serviceWorker() !== null }),
    );
    context.on('page', (p) => void rec.watchPage(p));
    context.on('serviceworker', () => void rec.watchWorkers());
    for (const p of context.pages()) await rec.watchPage(p);
    rec.host = await context.newPage();
    rec.hostSession = await context.newCDPSession(rec.host);
    rec.hostSession.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const msg = JSON.parse(e.message) as { method?: string; params?: { request?: { url: string } } };
      if (msg.method === 'Network.requestWillBeSent' && msg.params?.request)
        rec.requests.push({ url: msg.params.request.url, source: 'worker-cdp', byExtension: true });
    });
    await rec.watchWorkers();
    return rec;
  }

  private async watchPage(page: Page) {
    try {
      const session = await this.context.newCDPSession(page);
      session.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator?: CdpInitiator }) =>
        this.requests.push({
          url: e.request.url,
          source: 'page-cdp',
          byExtension: extensionOnStack(e.initiator),
        }),
      );
      await session.send('Network.enable');
    } catch {
      // the page closed before its session was ready: nothing to record there
    }
  }

  private async watchWorkers() {
    const session = this.hostSession;
    if (!session) return;
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    for (const t of targetInfos) {
      if (t.type !== 'service_worker' || this.attachedWorkers.has(t.targetId)) continue;
      this.attachedWorkers.add(t.targetId);
      const { sessionId } = (await session.send('Target.attachToTarget', {
        targetId: t.targetId,
        flatten: false,
      })) as { sessionId: string };
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Network.enable' }),
      });
    }
  }

  /** Requests to anything but the given origins and the browser's local schemes. */
  foreign(allowedOrigins: readonly string[]): RecordedRequest[] {
    return this.requests.filter((r) => !LOCAL.test(r.url) && !allowedOrigins.includes(safeOrigin(r.url)));
  }

  /** Network requests (not the extension's own packaged files) started by the extension's code. */
  byExtension(): RecordedRequest[] {
    return this.requests.filter((r) => r.byExtension && !LOCAL.test(r.url));
  }

  async detach() {
    await this.host?.close().catch(() => undefined);
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
