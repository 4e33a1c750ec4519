import { compareClauseIds } from '../utils/clauses';
import type { Matcher, MatchOptions } from '../utils/match';
import type { DocumentWriter } from './document-writer';
import { matchRecord } from './match-record';
import type { InputDocument } from './source';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Matches a document chunk by chunk and writes each match as it is found, with offsets into the whole
 * document. Returns the error that stopped it, if any: a document that cannot be read at all writes
 * nothing; one that breaks off is closed with what was found and the error.
 */
export async function scanDocument(
  doc: InputDocument,
  matcher: Matcher,
  writer: DocumentWriter,
  options: MatchOptions,
): Promise<string | undefined> {
  const chunks =
    Symbol.asyncIterator in doc.chunks ? doc.chunks[Symbol.asyncIterator]() : doc.chunks[Symbol.iterator]();
  let next: IteratorResult<string>;
  try {
    next = await chunks.next();
  } catch (err) {
    return `${doc.id}: ${messageOf(err)}`;
  }
  await writer.begin(doc.id);
  const counts = new Map<string, number>();
  let offset = 0;
  let error: string | undefined;
  try {
    while (!next.done) {
      const chunk = next.value;
      for (const m of matcher.match(chunk, options)) {
        for (const c of m.clauses) counts.set(c, (counts.get(c) ?? 0) + 1);
        await writer.match(matchRecord(m, offset));
      }
      offset += chunk.length;
      next = await chunks.next();
    }
  } catch (err) {
    error = `${doc.id}: reading stopped at character ${offset}: ${messageOf(err)}`;
  }
  const sorted = [...counts].sort(([a], [b]) => compareClauseIds(a, b));
  await writer.end({ chars: offset, counts: Object.fromEntries(sorted), ...(error ? { error } : {}) });
  return error;
}
