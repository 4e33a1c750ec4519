import type { DocumentSummary, DocumentWriter } from './document-writer';
import type { MatchRecord } from './match-record';
import type { Output } from './output';

/**
 * One JSON line per document: {"id", "matches": [...], "chars", "counts"} (plus "error" when reading broke
 * off). The matches are written as they are found, so "chars" and "counts", known only at the end, follow them.
 */
export class JsonlWriter implements DocumentWriter {
  private first = true;

  constructor(private readonly out: Output) {}

  async begin(id: string): Promise<void> {
    this.first = true;
    await this.out.write(`{"id":${JSON.stringify(id)},"matches":[`);
  }

  async match(m: MatchRecord): Promise<void> {
    await this.out.write((this.first ? '' : ',') + JSON.stringify(m));
    this.first = false;
  }

  async end(s: DocumentSummary): Promise<void> {
    const error = s.error === undefined ? '' : `,"error":${JSON.stringify(s.error)}`;
    await this.out.write(`],"chars":${s.chars},"counts":${JSON.stringify(s.counts)}${error}}\n`);
  }

  async finish(): Promise<void> {}
}
