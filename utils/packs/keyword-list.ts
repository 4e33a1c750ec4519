import { parseCsv } from './csv-read';
import { PackError } from './errors';
import type { KeywordList, KeywordRow, ListFormat } from './pack';

/** The category every keyword of a plain-text list belongs to; also the mapping key for "all categories". */
export const ALL_CATEGORIES = '*';

// Column names in order of preference; matched case-insensitively after trimming.
const KEYWORD_COLUMNS = ['keyword', 'keywords', 'word', 'words', 'term', 'terms', '关键词', '敏感词'];
const CATEGORY_COLUMNS = ['category', 'categories', 'theme', 'themes', 'topic', '类别', '分类', '主题'];

function findColumn(header: string[], names: string[]): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

/** Guesses the format from the file name: .csv is CSV, anything else one keyword per line. */
export function formatOf(fileName: string): ListFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'text';
}

const newlineOf = (text: string): '\r\n' | '\n' => (/\r\n/.test(text) ? '\r\n' : '\n');

function readCsvList(text: string, fileName: string): KeywordList {
  const records = parseCsv(text, fileName);
  const head = records[0];
  if (!head) throw new PackError(fileName, 'the file is empty: expected a header row and keywords');
  const header = head.cells;
  const keywordColumn = findColumn(header, KEYWORD_COLUMNS);
  const categoryColumn = findColumn(header, CATEGORY_COLUMNS);
  const found = `the header has ${header.map((h) => JSON.stringify(h.trim())).join(', ')}`;
  if (keywordColumn < 0)
    throw new PackError(fileName, `no keyword column (named keyword, word or term); ${found}`, head.line, 1);
  const rows: KeywordRow[] = [];
  for (const rec of records.slice(1)) {
    const cell = rec.cells[keywordColumn];
    const line = rec.lines[keywordColumn] ?? rec.line;
    const column = rec.columns[keywordColumn] ?? 1;
    if (cell === undefined)
      throw new PackError(fileName, `the record has no keyword cell (column ${keywordColumn + 1})`, rec.line);
    const keyword = cell.trim();
    if (!keyword) throw new PackError(fileName, 'empty keyword', line, column);
    rows.push({
      line,
      column,
      keyword,
      category: categoryColumn < 0 ? ALL_CATEGORIES : (rec.cells[categoryColumn] ?? '').trim(),
      cells: rec.cells,
    });
  }
  return { format: 'csv', fileName, header, keywordColumn, categoryColumn, rows, ...layout(text) };
}

function readTextList(text: string, fileName: string): KeywordList {
  const rows: KeywordRow[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  src.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const keyword = raw.trim();
    if (!keyword || keyword.startsWith('#')) return;
    const column = [...raw.slice(0, raw.length - raw.trimStart().length)].length + 1;
    rows.push({ line: i + 1, column, keyword, category: ALL_CATEGORIES, cells: [keyword] });
  });
  return {
    format: 'text',
    fileName,
    header: [],
    keywordColumn: 0,
    categoryColumn: -1,
    rows,
    ...layout(text),
  };
}

const layout = (text: string) => ({ newline: newlineOf(text), bom: text.charCodeAt(0) === 0xfeff });

/**
 * Reads a keyword list: CSV with a header naming a keyword and a category column (the shape Citizen Lab
 * publishes), or plain text with one keyword per line (blank lines and # comments skipped). Throws a
 * PackError naming the line and column of the first problem; returns nothing partial.
 */
export function readKeywordList(text: string, fileName: string, format = formatOf(fileName)): KeywordList {
  const list = format === 'csv' ? readCsvList(text, fileName) : readTextList(text, fileName);
  if (list.rows.length === 0) throw new PackError(fileName, 'no keywords in the file');
  return list;
}

/** Each category of a list with how many keywords it has and where it first appears. */
export function categoriesOf(list: KeywordList): { category: string; count: number; line: number }[] {
  const out = new Map<string, { category: string; count: number; line: number }>();
  for (const r of list.rows) {
    const c = out.get(r.category);
    if (c) c.count++;
    else out.set(r.category, { category: r.category, count: 1, line: r.line });
  }
  return [...out.values()];
}
