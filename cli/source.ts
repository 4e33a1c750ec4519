/** A document to scan: its id and its text in chunks that end at line breaks. */
export interface InputDocument {
  id: string;
  chunks: AsyncIterable<string> | Iterable<string>;
}

/** A document, or why one could not be read (the other documents are still scanned). */
export type Source = { document: InputDocument } | { error: string };
