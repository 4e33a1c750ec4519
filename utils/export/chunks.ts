/** Characters gathered before a chunk is handed on: big enough to be cheap, small enough to stay responsive. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Collects small strings into chunks. `add` returns a full chunk when one is ready, so a serialiser yields it
 * (and with it the event loop) every CHUNK_CHARS characters, not once per library.
 */
export class ChunkBuffer {
  private parts: string[] = [];
  private size = 0;

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
