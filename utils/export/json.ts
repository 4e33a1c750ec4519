import { ChunkBuffer } from './chunks';
import { LIBRARY_FORMAT } from './records';
import type { Capture, ExportSource } from './source';

/**
 * The complete, re-importable export: one record per line inside the arrays, so files diff well and stream.
 * Byte-identical for the same library and exportedAt.
 */
export async function* serializeJson(source: ExportSource, exportedAt: string): AsyncGenerator<string> {
  const buf = new ChunkBuffer();
  yield `{\n  "format": ${JSON.stringify(LIBRARY_FORMAT)},\n  "exportedAt": ${JSON.stringify(exportedAt)},\n`;
  yield* array(
    buf,
    'pages',
    records(source, (c) => [c.page], { snapshots: true, matches: false }),
    false,
  );
  yield* array(
    buf,
    'matches',
    records(source, (c) => c.matches, { snapshots: false }),
    false,
  );
  yield* array(buf, 'verdicts', once(source.verdicts()), false);
  yield* array(buf, 'packs', once(source.packs()), true);
  yield '}\n';
}

async function* records<T>(
  source: ExportSource,
  pick: (c: Capture) => T[],
  options: { snapshots: boolean; matches?: boolean },
): AsyncGenerator<T[]> {
  for await (const batch of source.captures(options)) yield batch.flatMap(pick);
}

async function* once<T>(rows: Promise<T[]>): AsyncGenerator<T[]> {
  yield await rows;
}

async function* array(
  buf: ChunkBuffer,
  name: string,
  batches: AsyncIterable<unknown[]>,
  last: boolean,
): AsyncGenerator<string> {
  let first = true;
  buf.add(`  ${JSON.stringify(name)}: [`);
  for await (const batch of batches)
    for (const row of batch) {
      const full = buf.add(`${first ? '\n' : ',\n'}    ${JSON.stringify(row)}`);
      first = false;
      if (full) {
        yield full;
        await buf.breathe();
      }
    }
  buf.add(`${first ? '' : '\n  '}]${last ? '' : ','}\n`);
  const rest = buf.flush();
  if (rest) yield rest;
}
