import { PackError } from './errors';

/** One record of a CSV file, with where each cell starts (for error messages). */
export interface CsvRecord {
  /** 1-based line the record starts on */
  line: number;
  cells: string[];
  /** 1-based column (in characters) where each cell starts, on the line it starts on */
  columns: number[];
  /** 1-based line each cell starts on (a quoted cell may span lines) */
  lines: number[];
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes with "" for a quote, records
 * ended by CRLF, LF or CR. A leading byte order mark is ignored; empty lines are skipped. Throws a
 * PackError naming the line and column of an unterminated quote or a quote where none may stand.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const n = src.length;
  const advance = () => {
    const c = src.charCodeAt(i);
    i++;
    if (c === 0x0d || c === 0x0a) {
      if (c === 0x0d && src.charCodeAt(i) === 0x0a) i++;
      line++;
      column = 1;
    } else if (!isLowSurrogate(c)) column++;
  };
  while (i < n) {
    const rec: CsvRecord = { line, cells: [], columns: [], lines: [] };
    for (;;) {
      rec.columns.push(column);
      rec.lines.push(line);
      let cell = '';
      if (src[i] === '"') {
        const openLine = line;
        const openColumn = column;
        advance();
        for (;;) {
          if (i >= n)
            throw new PackError(file, 'unterminated quote: the field has no closing "', openLine, openColumn);
          if (src[i] === '"') {
            if (src[i + 1] === '"') {
              cell += '"';
              advance();
              advance();
              continue;
            }
            advance();
            break;
          }
          const from = i;
          advance();
          cell += src.slice(from, i);
        }
        if (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r')
          throw new PackError(
            file,
            `unexpected ${JSON.stringify(src[i])} after a closing quote`,
            line,
            column,
          );
      } else {
        while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          if (src[i] === '"')
            throw new PackError(
              file,
              'a quote inside an unquoted field: enclose the field in quotes and write the quote as ""',
              line,
              column,
            );
          cell += src[i];
          advance();
        }
      }
      rec.cells.push(cell);
      if (i < n && src[i] === ',') {
        advance();
        continue;
      }
      if (i < n) advance();
      break;
    }
    if (rec.cells.length > 1 || rec.cells[0] !== '') records.push(rec);
  }
  return records;
}
