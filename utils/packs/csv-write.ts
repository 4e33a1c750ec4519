/**
 * One CSV field, quoted (RFC 4180) when it holds a comma, quote or line break, has whitespace at an edge, or
 * starts with U+FEFF (which a reader would take for a byte order mark at the start of the file).
 */
export function csvField(value: string): string {
  return /[",\r\n]|^[\s\ufeff]|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record with its line ending. */
export function csvRecord(cells: readonly string[], newline = '\r\n'): string {
  return cells.map(csvField).join(',') + newline;
}
