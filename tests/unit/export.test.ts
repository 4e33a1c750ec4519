import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClauseMarkDB } from '../../utils/db/database';
import { flagPage } from '../../utils/db/flag';
import {
  collect,
  CSV_COLUMNS,
  csvCell,
  dexieSource,
  exportLibrary,
  LibraryFile,
  memorySource,
  serialize,
  type ExportFormat,
} from '../../utils/export';
import { A, buildSampleLibrary, CAPTURES, capture, makeDb } from '../fixtures/db/library';

const EXPORTED_AT = '2026-03-08T00:00:00.000Z';
const GOLDEN: Record<ExportFormat, string> = {
  json: 'library.json.golden',
  csv: 'library.csv.golden',
  jsonl: 'library.jsonl.golden',
  annotations: 'library.jsonld.golden',
};

let db: ClauseMarkDB;
beforeAll(async () => {
  db = makeDb();
  await buildSampleLibrary(db);
});
afterAll(() => db.close());

const exported = (format: ExportFormat, filter = {}) =>
  collect(exportLibrary(db, format, filter, { exportedAt: EXPORTED_AT }));

describe('golden files', () => {
  for (const format of Object.keys(GOLDEN) as ExportFormat[])
    it(`exports the sample library as ${format} exactly as ${GOLDEN[format]}`, async () => {
      const file = new URL(`../fixtures/export/${GOLDEN[format]}`, import.meta.url);
      const text = await exported(format);
      // UPDATE_GOLDEN=1 rewrites the files after a deliberate format change; review the diff before committing
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
});

describe('JSON export', () => {
  it('is a valid, complete library file', async () => {
    const file = LibraryFile.parse(JSON.parse(await exported('json')));
    expect(file.format).toBe('clausemark-library/1');
    expect(file.exportedAt).toBe(EXPORTED_AT);
    expect([file.pages.length, file.matches.length, file.verdicts.length, file.packs.length]).toEqual([
      4, 10, 3, 1,
    ]);
    expect(file.pages.every((p) => p.snapshot.length > 0)).toBe(true);
  });

  it('reads the same from the database as from the same data in memory', async () => {
    const file = LibraryFile.parse(JSON.parse(await exported('json')));
    for (const format of Object.keys(GOLDEN) as ExportFormat[])
      expect(await collect(serialize(memorySource(file, 3), format, { exportedAt: EXPORTED_AT }))).toBe(
        await exported(format),
      );
  });

  it('exports a filtered subset: only the selected pages, and only matches that meet clause and verdict', async () => {
    const file = LibraryFile.parse(
      JSON.parse(await exported('json', { clauseIds: [A(9)], verdicts: ['dismissed'] })),
    );
    expect(file.pages.map((p) => p.title)).toEqual(['论坛：广场上的聚集', '论坛：广场上的聚集（已编辑）']);
    expect(file.matches.map((m) => [m.quote, m.verdict])).toEqual(Array(4).fill(['游行示威', 'dismissed']));
    expect(file.verdicts.map((v) => v.quote).sort()).toEqual(['法轮功', '游行示威']);
    const byDomain = LibraryFile.parse(JSON.parse(await exported('json', { domains: ['example.org'] })));
    expect(byDomain.matches).toHaveLength(3);
    expect(byDomain.verdicts).toEqual([]);
  });
});

describe('CSV export', () => {
  it('starts with a BOM and the header, ends every record with CRLF', async () => {
    const csv = await exported('csv');
    expect(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\r')).toBe(false);
  });

  it('gives one row per direct clause', async () => {
    const rows = parseCsv(await exported('csv'));
    expect(rows).toHaveLength(1 + 11);
    const taidu = rows.filter((r) => r[6] === '台独');
    expect(taidu.map((r) => [r[3], r[4], r[5]])).toEqual([
      [A(2), 'Art. 10 (ii)', 'National security'],
      [A(4), 'Art. 10 (iv)', 'Ethnic hatred'],
    ]);
    expect(taidu[0]?.[11]).toBe('seven-baselines-2013/3');
    expect(taidu[0]?.[14]).toBe(taidu[1]?.[14]);
  });

  it('quotes per RFC 4180 and neutralises formula cells', async () => {
    const rows = parseCsv(await exported('csv'));
    const news = rows.find((r) => r[6] === '大地震')!;
    expect(news[1]).toBe('传闻：=SUM(A1) 地震将至, "official" denial'); // '=' inside, not leading: untouched
    const snapshot = CAPTURES[2]!.input.snapshot;
    const at = snapshot.indexOf('大地震');
    expect(news[8]).toBe(`${snapshot.slice(0, at)}[大地震]${snapshot.slice(at + 3, at + 3 + 32)}`);
    expect(news[10]).toBe('rumour, removed on 3/6');
    for (const [value, cell] of [
      ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
      ['+1', "'+1"],
      ['-2', "'-2"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['a,b', '"a,b"'],
      ['two\nlines', '"two\nlines"'],
      ['法轮功', '法轮功'],
    ])
      expect(csvCell(value!)).toBe(cell);
  });

  it('writes locators and labels in Chinese on request', async () => {
    const csv = await collect(exportLibrary(db, 'csv', { domains: ['news.example.com'] }, { lang: 'zh' }));
    expect(parseCsv(csv)[1]?.slice(4, 6)).toEqual(['第十条第（六）项', '散布谣言、破坏稳定']);
  });
});

describe('JSONL export', () => {
  it('has one object per match with the same keys on every line', async () => {
    const lines = (await exported('jsonl')).split('\n');
    expect(lines.pop()).toBe('');
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(10);
    const keys = Object.keys(rows[0]!);
    expect(rows.every((r) => Object.keys(r).join() === keys.join())).toBe(true);
    expect(rows.find((r) => r.quote === 'flg')).toMatchObject({
      variant: 'initials',
      page_domain: 'example.org',
    });
    expect(rows.find((r) => r.quote === '大地震')).toMatchObject({ variant: null, verdict: 'confirmed' });
  });
});

interface Annotation {
  body: { purpose: string; value: string }[];
  target: { selector: [{ exact: string }, unknown] };
}

describe('Web Annotation export', () => {
  it('is an AnnotationCollection of classifying annotations with quote and position selectors', async () => {
    const doc = JSON.parse(await exported('annotations'));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(10);
    const items = doc.first.items as Annotation[];
    expect(items).toHaveLength(10);
    const taidu = items.find((a) => a.target.selector[0].exact === '台独')!;
    expect(taidu).toMatchObject({
      type: 'Annotation',
      motivation: 'classifying',
      created: '2026-03-05T12:00:00.000Z',
      target: {
        source: 'https://news.example.com/2026/03/05/rumour.html',
        state: { type: 'TimeState', sourceDate: '2026-03-05T12:00:00.000Z' },
      },
    });
    expect(taidu.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 35, end: 37 });
    expect(taidu.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual([A(2), A(4)]);
    expect(taidu.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'classifying',
      value: 'Art. 10 (ii): National security',
      format: 'text/plain',
      language: 'en',
    });
  });
});

describe('streaming', () => {
  it('hands out bounded chunks for a large library, never the whole export at once', async () => {
    const big = makeDb();
    const text = '前文。法轮功学员聚集。'.repeat(400);
    for (let i = 0; i < 3; i++)
      await flagPage(
        big,
        capture(
          `https://x.example/${i}`,
          't',
          text,
          Array.from({ length: 400 }, (_, nth) => ({ quote: '法轮功', clauses: [A(5)], nth })),
        ),
      );
    const sizes: number[] = [];
    for await (const chunk of exportLibrary(big, 'csv')) sizes.push(chunk.length);
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024 + 2000);
    big.close();
  });

  it('exports an empty library as valid files', async () => {
    const empty = makeDb();
    const json = JSON.parse(await collect(exportLibrary(empty, 'json', {}, { exportedAt: EXPORTED_AT })));
    expect(json).toEqual({
      format: 'clausemark-library/1',
      exportedAt: EXPORTED_AT,
      pages: [],
      matches: [],
      verdicts: [],
      packs: [],
    });
    expect(JSON.parse(await collect(exportLibrary(empty, 'annotations'))).total).toBe(0);
    expect(await collect(exportLibrary(empty, 'csv'))).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
    expect(await collect(exportLibrary(empty, 'jsonl'))).toBe('');
    empty.close();
  });

  it('names a bad filter', async () => {
    await expect(collect(exportLibrary(db, 'csv', { from: 'last week' }))).rejects.toThrow(
      /^filter\.from: expected a date \(2026-03-01\) or an ISO date-time/,
    );
    expect(() => dexieSource(db, { verdicts: ['maybe' as 'confirmed'] })).toThrow(/^filter\.verdicts\[0\]: /);
  });
});

/** A strict RFC 4180 reader, independent of the writer, for checking what spreadsheet software would see. */
function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted && c === '"' && src[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"' && (quoted || cell === '')) {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}
