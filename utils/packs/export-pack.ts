import { csvRecord } from './csv-write';
import { clausesFor } from './mapping';
import type { Pack } from './pack';

/** The pack's lexicon as a ClauseMark lexicon file (clausemark-lexicon/1), loadable with --lexicon. */
export function packLexiconJson(pack: Pack): string {
  return `${JSON.stringify(pack.lexicon, null, 2)}\n`;
}

/**
 * The pack's keywords in the shape they came in: the CSV header and records (RFC 4180 quoting) or one keyword
 * per line, with the file's line endings and byte order mark. Keywords of categories the pack left out are
 * not written.
 */
export function packSourceText(pack: Pack): string {
  const { source } = pack;
  const rows = source.rows.filter((r) => clausesFor(pack.mapping, r.category));
  const bom = source.bom ? '\ufeff' : '';
  if (source.format === 'text') return bom + rows.map((r) => r.keyword + source.newline).join('');
  return (
    bom +
    [source.header, ...rows.map((r) => r.cells)].map((cells) => csvRecord(cells, source.newline)).join('')
  );
}

/** A file name for the exported source: the original name, or the pack id with the right extension. */
export function packSourceFileName(pack: Pack): string {
  return (
    pack.source.fileName.split(/[\\/]/).pop() || `${pack.id}.${pack.source.format === 'csv' ? 'csv' : 'txt'}`
  );
}
