import { describe, expect, it } from 'vitest';
import {
  dateRangeProblem,
  EMPTY_FILTER,
  isFiltered,
  toLibraryFilter,
  toLibraryQuery,
} from '../../components/library/filter-query';
import { parseRoute, routeHash } from '../../components/library/route';
import { siteName } from '../../components/library/site-name';
import { segmentSnapshot } from '../../components/library/snapshot-segments';
import { rowWindow, scrollToShow } from '../../components/library/virtual-window';
import { LibraryQuery } from '../../utils/db/query-schema';

describe('filters → storage query', () => {
  it('leaves out empty criteria, so an untouched filter asks for everything', () => {
    expect(toLibraryFilter(EMPTY_FILTER)).toEqual({});
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, sortBy: 'title', text: '   ' })).toBe(false);
  });

  it('maps every control to its criterion, trimmed, and the sort and window to the query', () => {
    const state = {
      ...EMPTY_FILTER,
      text: '  法轮功 ',
      clauseIds: ['bj-microblog-2011/art10-5'],
      domains: ['bbs.example.cn'],
      tags: ['forum'],
      verdicts: ['confirmed' as const],
      from: '2026-03-01',
      to: '2026-03-05',
      sortBy: 'matchCount' as const,
      sortDir: 'asc' as const,
    };
    const query = toLibraryQuery(state, 200, 100);
    expect(query).toEqual({
      filter: {
        text: '法轮功',
        clauseIds: ['bj-microblog-2011/art10-5'],
        domains: ['bbs.example.cn'],
        tags: ['forum'],
        verdicts: ['confirmed'],
        from: '2026-03-01',
        to: '2026-03-05',
      },
      sort: { by: 'matchCount', dir: 'asc' },
      offset: 200,
      limit: 100,
    });
    // what the storage layer accepts, unchanged
    expect(LibraryQuery.parse(query)).toEqual(query);
  });

  it('flags a reversed date range', () => {
    expect(dateRangeProblem({ ...EMPTY_FILTER, from: '2026-03-05', to: '2026-03-01' })).toBe('reversed');
    expect(dateRangeProblem({ ...EMPTY_FILTER, from: '2026-03-01', to: '2026-03-01' })).toBe(null);
    expect(dateRangeProblem({ ...EMPTY_FILTER, from: '2026-03-05' })).toBe(null);
  });
});

describe('snapshot segments', () => {
  const text = 'abcdefghij';
  const pieces = (ms: { start: number; end: number }[]) =>
    segmentSnapshot(text.length, ms).map((s) => [text.slice(s.start, s.end), s.matches]);

  it('cuts the text at match boundaries, plain text between marks in one piece', () => {
    expect(
      pieces([
        { start: 2, end: 4 },
        { start: 6, end: 7 },
      ]),
    ).toEqual([
      ['ab', []],
      ['cd', [0]],
      ['ef', []],
      ['g', [1]],
      ['hij', []],
    ]);
  });

  it('gives overlapping matches the stretches they share', () => {
    expect(
      pieces([
        { start: 1, end: 5 },
        { start: 3, end: 8 },
      ]),
    ).toEqual([
      ['a', []],
      ['bc', [0]],
      ['de', [0, 1]],
      ['fgh', [1]],
      ['ij', []],
    ]);
  });

  it('clips offsets outside the text and ignores empty or reversed ranges', () => {
    expect(
      pieces([
        { start: -3, end: 2 },
        { start: 8, end: 99 },
        { start: 5, end: 5 },
        { start: 7, end: 6 },
      ]),
    ).toEqual([
      ['ab', [0]],
      ['cdefgh', []],
      ['ij', [1]],
    ]);
    expect(segmentSnapshot(0, [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('covers the whole text exactly once, whatever the matches', () => {
    const ms = Array.from({ length: 40 }, (_, i) => ({ start: (i * 7) % 97, end: ((i * 7) % 97) + (i % 9) }));
    const segs = segmentSnapshot(100, ms);
    expect(segs[0]?.start).toBe(0);
    expect(segs.at(-1)?.end).toBe(100);
    segs.forEach((s, i) => {
      if (i > 0) expect(s.start).toBe(segs[i - 1]?.end);
      for (const m of s.matches) {
        expect(ms[m]?.start).toBeLessThanOrEqual(s.start);
        expect(ms[m]?.end).toBeGreaterThanOrEqual(s.end);
      }
    });
  });
});

describe('virtual list window', () => {
  it('renders the rows in view plus the overscan, never past the ends', () => {
    expect(rowWindow(0, 500, 50, 10_000, 5)).toEqual({ first: 0, last: 16 });
    expect(rowWindow(50_000, 500, 50, 10_000, 5)).toEqual({ first: 995, last: 1016 });
    expect(rowWindow(499_900, 500, 50, 10_000, 5)).toEqual({ first: 9993, last: 10_000 });
    expect(rowWindow(0, 500, 50, 0)).toEqual({ first: 0, last: 0 });
  });

  it('scrolls only as far as needed to show a row', () => {
    expect(scrollToShow(3, 0, 500, 50)).toBe(null);
    expect(scrollToShow(20, 0, 500, 50)).toBe(550);
    expect(scrollToShow(2, 400, 500, 50)).toBe(100);
  });
});

describe('never-scan site names', () => {
  it('takes host names out of what people paste', () => {
    expect(siteName('Weibo.com')).toBe('weibo.com');
    expect(siteName('https://www.Example.com/a/b?c=1')).toBe('www.example.com');
    expect(siteName('*.example.org')).toBe('example.org');
    expect(siteName('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
  });

  it('refuses text that names no host', () => {
    expect(siteName('')).toBe(null);
    expect(siteName('two words')).toBe(null);
    expect(siteName('http://')).toBe(null);
  });
});

describe('library address', () => {
  it('names a section or a page, and reads back what it writes', () => {
    expect(parseRoute('')).toEqual({ section: 'pages', page: null });
    expect(parseRoute('#packs')).toEqual({ section: 'packs', page: null });
    expect(parseRoute('#page=abc%2F1')).toEqual({ section: 'pages', page: 'abc/1' });
    expect(parseRoute('', '?page=xyz')).toEqual({ section: 'pages', page: 'xyz' });
    expect(parseRoute('#nonsense')).toEqual({ section: 'pages', page: null });
    for (const r of [
      { section: 'settings' as const, page: null },
      { section: 'pages' as const, page: 'a b&c' },
    ])
      expect(parseRoute(routeHash(r))).toEqual(r);
  });
});
