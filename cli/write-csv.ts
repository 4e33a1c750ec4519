import { csvRecord } from '../utils/packs/csv-write';
import type { DocumentWriter } from './document-writer';
import type { MatchRecord } from './match-record';
import type { Output } from './output';

/** Columns of the CSV output; lists (clauses, steps, parts) are space-separated within a cell. */
export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'text',
  'term',
  'base',
  'variant',
  'clauses',
  'implied',
  'steps',
  'lexicon',
  'entry',
  'parts',
] as const;

/** One CSV row per match (RFC 4180, CRLF, UTF-8), the document id first, after one header row. */
export class CsvWriter implements DocumentWriter {
  private id = '';
  private headerWritten = false;

  constructor(private readonly out: Output) {}

  async begin(id: string): Promise<void> {
    this.id = id;
    if (!this.headerWritten) await this.out.write(csvRecord(CSV_COLUMNS));
    this.headerWritten = true;
  }

  async match(m: MatchRecord): Promise<void> {
    await this.out.write(
      csvRecord([
        this.id,
        String(m.start),
        String(m.end),
        m.text,
        m.term,
        m.base,
        m.variant ?? '',
        m.clauses.join(' '),
        m.implied.join(' '),
        m.steps.join(' '),
        m.lexicon,
        m.entry,
        (m.parts ?? []).map((p) => `${p.start}-${p.end}`).join(' '),
      ]),
    );
  }

  async end(): Promise<void> {}

  /** The header alone, so an input without documents still gives a well-formed file. */
  async finish(): Promise<void> {
    if (!this.headerWritten) await this.out.write(csvRecord(CSV_COLUMNS));
    this.headerWritten = true;
  }
}
