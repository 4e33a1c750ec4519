/** One CSV field, quoted (RFC 4180) when it holds a comma, quote, line break or edge whitespace. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record with its line ending. */
export function csvRecord(cells: readonly string[], newline = '\r\n'): string {
  return cells.map(csvField).join(',') + newline;
}
