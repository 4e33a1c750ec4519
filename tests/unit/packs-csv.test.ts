import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, parseCsv, PackError } from '../../utils/packs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/packs/${name}`, import.meta.url), 'utf8');

function failure(text: string): PackError {
  try {
    parseCsv(text, 'list.csv');
  } catch (err) {
    if (err instanceof PackError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and says where each cell starts', () => {
    const rows = parseCsv(fixture('keywords.csv'), 'keywords.csv');
    expect(rows[0]?.cells).toEqual(['word', 'translation', 'category', 'theme']);
    expect(rows[3]?.cells[1]).toBe('Falun Dafa, the practice');
    expect(rows[5]?.cells[1]).toBe('Tiananmen Mothers, the "group"');
    const multi = rows[6];
    expect(multi?.cells[0]).toBe('多行\n关键词');
    expect(multi?.line).toBe(7);
    expect(rows[7]?.line).toBe(9);
    expect(rows[7]?.columns).toEqual([1, 6, 27, 34]);
  });

  it('reads CRLF, LF and CR line ends and a byte order mark alike, and skips empty lines', () => {
    const lf = parseCsv('a,b\n1,2\n\n3,"x\ny"\n', 'f.csv');
    expect(parseCsv('\ufeffa,b\r\n1,2\r\n\r\n3,"x\ny"\r\n', 'f.csv').map((r) => r.cells)).toEqual(
      lf.map((r) => r.cells),
    );
    expect(parseCsv('a,b\r1,2', 'f.csv').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(lf.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(parseCsv('a,,\n', 'f.csv')[0]?.cells).toEqual(['a', '', '']);
  });

  it('names the line and column of an unterminated quote (where it opened)', () => {
    const err = failure('word,category\n法轮功,Political\n"李洪志,Political\n六四,Event\n');
    expect([err.line, err.column]).toEqual([3, 1]);
    expect(err.message).toBe('list.csv:3:1: unterminated quote: the field has no closing "');
  });

  it('names a quote inside an unquoted cell and text after a closing quote, counting columns in characters', () => {
    const stray = failure('word,category\n法轮功,Poli"tical\n');
    expect([stray.line, stray.column]).toEqual([2, 9]);
    expect(stray.reason).toMatch(/quote inside an unquoted field/);
    const after = failure('word,category\n"法轮功"x,Political\n');
    expect([after.line, after.column]).toEqual([2, 6]);
    expect(after.reason).toBe('unexpected "x" after a closing quote');
    // A character outside the Basic Multilingual Plane is one column, not two.
    expect(failure('w,c\n𠮷𠮷,a"b\n').column).toBe(5);
  });

  it('writes cells back so that they read the same', () => {
    const cells = ['plain', 'with, comma', 'with "quote"', 'two\nlines', ' edge ', ''];
    expect(csvRecord(cells)).toBe('plain,"with, comma","with ""quote""","two\nlines"," edge ",\r\n');
    expect(parseCsv(csvRecord(['\ufeffa', 'b']), 'f.csv')[0]?.cells).toEqual(['\ufeffa', 'b']);
    expect(parseCsv(csvRecord(cells) + csvRecord(cells, '\n'), 'f.csv').map((r) => r.cells)).toEqual([
      cells,
      cells,
    ]);
  });

  it('reads back whatever it writes (any text in any cell)', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\ufeff', '"', ',', '\r\n', ' '));
    const row = fc.array(cell, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.constantFrom('\r\n', '\n'), (rows, nl) => {
        // A record of one empty cell is an empty line, which the reader skips.
        const kept = rows.filter((r) => r.length > 1 || r[0] !== '');
        const text = rows.map((r) => csvRecord(r, nl)).join('');
        expect(parseCsv(text, 'f.csv').map((r) => r.cells)).toEqual(kept);
      }),
    );
  });
});
