import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../cli/decode';
import { lineChunks } from '../../cli/line-chunks';
import { textLines } from '../../cli/text-lines';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('line-aligned chunks', () => {
  it('cut only after a line break, keep every character, and stay near the chunk size', async () => {
    const text =
      Array.from({ length: 500 }, (_, i) => `line ${i} ${'法轮'.repeat(i % 13)}\n`).join('') + 'tail';
    const pieces = text.match(/[^]{1,37}/g) ?? [];
    const chunks = await collect(lineChunks(from(pieces), 200));
    expect(chunks.join('')).toBe(text);
    for (const c of chunks.slice(0, -1)) {
      expect(c.endsWith('\n')).toBe(true);
      expect(c.length).toBeLessThan(200 + 37 + 40);
    }
    expect(chunks.at(-1)?.endsWith('tail')).toBe(true);
  });

  it('keep a line longer than the chunk size whole', async () => {
    const long = 'x'.repeat(1000);
    const chunks = await collect(
      lineChunks(from(['a\n', long.slice(0, 400), long.slice(400), '\nb\n']), 100),
    );
    expect(chunks).toEqual([`a\n`, `${long}\nb\n`]);
  });
});

describe('JSON Lines reading', () => {
  it('splits lines at LF and CRLF across pieces and numbers them', async () => {
    const lines = await collect(textLines(from(['{"a"', ':1}\r\n\n{"b":2}\r', '\n{"c"', ':3}'])));
    expect(lines).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '' },
      { line: 3, text: '{"b":2}' },
      { line: 4, text: '{"c":3}' },
    ]);
  });
});

describe('UTF-8 decoding of a byte stream', () => {
  it('joins characters split between reads and drops a leading byte order mark', async () => {
    const bytes = new TextEncoder().encode('\ufeff法轮功 𠮷 ok');
    const pieces = Array.from(bytes, (b) => Uint8Array.of(b));
    expect((await collect(decodeUtf8(from(pieces)))).join('')).toBe('法轮功 𠮷 ok');
  });
});
