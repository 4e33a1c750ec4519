import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { decodeUtf8 } from './decode';
import { htmlPieces } from './html-pieces';
import { lineChunks } from './line-chunks';
import { jsonlDocuments } from './read-jsonl';
import type { Source } from './source';

export type InputMode = 'text' | 'html' | 'jsonl';

const STDIN = '-';

/** Opens a file for streaming; a missing file or a directory is reported before anything is written. */
async function openBytes(
  file: string,
  stdin: Readable,
): Promise<{ bytes: AsyncIterable<Uint8Array> } | { error: string }> {
  if (file === STDIN) return { bytes: stdin };
  try {
    const handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      return { error: `${file}: is a directory` };
    }
    return { bytes: handle.createReadStream({ highWaterMark: 1 << 16 }) };
  } catch (err) {
    return { error: `${file}: cannot read: ${(err as Error).message}` };
  }
}

/**
 * The documents of the inputs, one file at a time and lazily: a text or HTML file is one document read in
 * line-aligned chunks; a JSON Lines file holds one document per line. No files means standard input.
 */
export async function* documentsFrom(
  files: string[],
  mode: InputMode,
  stdin: Readable,
): AsyncGenerator<Source> {
  for (const file of files.length > 0 ? files : [STDIN]) {
    const name = file === STDIN ? 'stdin' : file;
    const opened = await openBytes(file, stdin);
    if ('error' in opened) {
      yield opened;
      continue;
    }
    const text = decodeUtf8(opened.bytes);
    if (mode === 'jsonl') yield* jsonlDocuments(text, name);
    else yield { document: { id: name, chunks: lineChunks(mode === 'html' ? htmlPieces(text) : text) } };
  }
}
