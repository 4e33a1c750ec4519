/** Characters gathered before a chunk is handed on: big enough to be cheap, small enough to stay responsive. */
const CHUNK_CHARS = 64 * 1024;

/** Longest stretch of serialising before the event loop gets a turn (rendering, input, other messages). */
const BUDGET_MS = 10;

/**
 * Collects small strings into chunks. `add` returns a full chunk when one is ready, so a serialiser hands out
 * CHUNK_CHARS characters at a time, not the whole library; after each, `breathe` lets the event loop run once
 * BUDGET_MS of work has gone by.
 */
export class ChunkBuffer {
  private parts: string[] = [];
  private size = 0;
  private since = performance.now();

  async breathe(): Promise<void> {
    if (performance.now() - this.since < BUDGET_MS) return;
    await nextTask();
    this.since = performance.now();
  }

  add(s: string): string | undefined {
    this.parts.push(s);
    this.size += s.length;
    return this.size >= CHUNK_CHARS ? this.flush() : undefined;
  }

  flush(): string | undefined {
    if (this.size === 0 && this.parts.length === 0) return undefined;
    const out = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return out;
  }
}

/** Concatenates a stream of chunks: for tests and small exports. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const c of chunks) parts.push(c);
  return parts.join('');
}

/**
 * Resolves after the event loop has run other tasks. Awaiting promises alone never gives it a turn: a chain of
 * microtasks holds a page as long as one synchronous loop. MessageChannel, unlike setTimeout, is not clamped
 * to 4 ms when nested.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
