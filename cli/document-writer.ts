import type { MatchRecord } from './match-record';

/** How a document ended: its length, matches per clause, and the error that cut it short, if any. */
export interface DocumentSummary {
  /** UTF-16 code units, the unit of the match offsets */
  chars: number;
  counts: Record<string, number>;
  error?: string;
}

/** Writes results document by document, match by match, so nothing of a document has to be held. */
export interface DocumentWriter {
  begin(id: string): Promise<void>;
  match(m: MatchRecord): Promise<void>;
  end(summary: DocumentSummary): Promise<void>;
  /** After the last document. */
  finish(): Promise<void>;
}
