// The real bin end to end: documents in as text, HTML or JSON Lines (files or stdin), results out as JSON Lines
// or CSV, bad input reported with exit codes. Every test matches with the fixture lexicon only (--no-default),
// except the last, which runs the default lexicon.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../cli/html-text';
import { CHUNK_SIZE } from '../../cli/line-chunks';
import { createMatcher, parseLexiconText } from '../../utils/match';
import { parseCsv } from '../../utils/packs';
import { jsonLines, runBin } from '../fixtures/cli/run-bin';

const FIXTURES = 'tests/fixtures/cli';
const LEX = ['--no-default', '--lexicon', `${FIXTURES}/lexicon.json`];
const read = (name: string) => readFileSync(new URL(`../fixtures/cli/${name}`, import.meta.url), 'utf8');
const A = (n: number) => `bj-microblog-2011/art10-${n}`;

interface Out {
  id: string;
  chars: number;
  counts: Record<string, number>;
  matches: { start: number; end: number; text: string; term: string; clauses: string[]; steps: string[] }[];
}
const docs = (stdout: string) => jsonLines(stdout) as unknown as Out[];

describe.concurrent('clausemark scan', () => {
  const sample = read('sample.txt');

  it('scans a text file: offsets into the file, clauses, implied, steps and counts per clause', async () => {
    const r = await runBin(['scan', ...LEX, `${FIXTURES}/sample.txt`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc, ...rest] = docs(r.stdout);
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({ id: `${FIXTURES}/sample.txt`, chars: sample.length });
    expect(doc!.matches.map((m) => [m.text, m.term, m.clauses])).toEqual([
      ['法*輪*功', '法轮功', [A(5)]],
      ['Falun Gong', 'Falun Gong', [A(5)]],
      ['坦克开进了广场', '坦克+广场', [A(2)]],
      ['法,輪,功', '法轮功', [A(5)]],
      ['李洪志', '李洪志', [A(5)]],
    ]);
    for (const m of doc!.matches) expect(sample.slice(m.start, m.end)).toBe(m.text);
    expect(doc!.matches[0]).toMatchObject({
      steps: ['traditional', 'noise-removed'],
      implied: ['seven-baselines-2013/1', 'seven-baselines-2013/5', 'seven-baselines-2013/6'],
    });
    expect(doc!.counts).toEqual({ [A(2)]: 1, [A(5)]: 4 });
  });

  it('reads stdin when no file is given (or "-"), with the id "stdin"', async () => {
    const [file, piped, dash] = await Promise.all([
      runBin(['scan', ...LEX, `${FIXTURES}/sample.txt`]),
      runBin(['scan', ...LEX], sample),
      runBin(['scan', ...LEX, '-'], sample),
    ]);
    const fromFile = docs(file.stdout)[0]!;
    expect(piped.code).toBe(0);
    expect(docs(piped.stdout)).toEqual([{ ...fromFile, id: 'stdin' }]);
    expect(dash.stdout).toBe(piped.stdout);
  });

  it('writes CSV: a header, one row per match with the document id first, RFC 4180 quoting, CRLF', async () => {
    const r = await runBin(['scan', ...LEX, '--format', 'csv', `${FIXTURES}/sample.txt`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\r\n');
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    expect(r.stdout).toContain(`,"法,輪,功",法轮功,`);
    const [header, ...rows] = parseCsv(r.stdout, 'out.csv').map((x) => x.cells);
    expect(header?.slice(0, 10)).toEqual([
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
    ]);
    const json = docs((await runBin(['scan', ...LEX, `${FIXTURES}/sample.txt`])).stdout)[0]!;
    expect(rows.map((c) => [c[0], Number(c[1]), Number(c[2]), c[3], c[7]])).toEqual(
      json.matches.map((m) => [`${FIXTURES}/sample.txt`, m.start, m.end, m.text, m.clauses.join(' ')]),
    );
  });

  it('scans HTML as rendered: nothing from script, style, head or hidden elements; offsets into the text', async () => {
    const r = await runBin(['scan', ...LEX, '--input', 'html', `${FIXTURES}/page.html`]);
    expect(r.code).toBe(0);
    const doc = docs(r.stdout)[0]!;
    const text = htmlToText(read('page.html'));
    expect(doc.chars).toBe(text.length);
    expect(doc.matches.map((m) => m.text)).toEqual(['法輪功', '法轮功', '李洪志', '六四事件']);
    for (const m of doc.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('scans JSON Lines, reporting each bad line with file, line and reason, and exits 1', async () => {
    const r = await runBin(['scan', ...LEX, '--input', 'jsonl', `${FIXTURES}/docs.jsonl`]);
    expect(r.code).toBe(1);
    const out = docs(r.stdout);
    expect(out.map((d) => [d.id, d.matches.map((m) => m.text)])).toEqual([
      ['a', ['法*輪*功']],
      ['b', []],
      ['d', ['法轮功']],
      ['7', ['六四事件']],
    ]);
    const at = `clausemark: ${FIXTURES}/docs.jsonl`;
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${at}:3: invalid JSON: `)),
      `${at}:4: missing "id"`,
      `${at}:7: has both "text" and "html"; give one`,
      `${at}:8: needs "text" or "html"`,
      `${at}:9: "text" must be a string`,
      `${at}:10: expected an object like {"id": "...", "text": "..."}`,
    ]);
  });

  it('quotes document ids in CSV and reads JSON Lines from stdin', async () => {
    const input = `${JSON.stringify({ id: 'doc "1", part', text: '他说李洪志\n' })}\r\n`;
    const r = await runBin(['scan', ...LEX, '--input', 'jsonl', '--format', 'csv'], input);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, 'out.csv');
    expect(rows[1]?.cells.slice(0, 4)).toEqual(['doc "1", part', '2', '5', '李洪志']);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^"doc ""1"", part",2,5,/);
  });

  it('goes on past a missing file or a directory, reports each, and exits 1', async () => {
    const r = await runBin(['scan', ...LEX, 'no/such/file.txt', FIXTURES, `${FIXTURES}/sample.txt`]);
    expect(r.code).toBe(1);
    expect(docs(r.stdout).map((d) => d.id)).toEqual([`${FIXTURES}/sample.txt`]);
    expect(r.stderr).toMatch(/^clausemark: no\/such\/file.txt: cannot read: ENOENT/m);
    expect(r.stderr).toContain(`clausemark: ${FIXTURES}: is a directory`);
  });

  it('reports an empty document and gives a CSV with only its header when nothing matches', async () => {
    const [json, csv] = await Promise.all([
      runBin(['scan', ...LEX]),
      runBin(['scan', ...LEX, '--format', 'csv'], 'nothing\n'),
    ]);
    expect(docs(json.stdout)).toEqual([{ id: 'stdin', matches: [], chars: 0, counts: {} }]);
    expect(csv.stdout.split('\r\n')).toEqual([expect.stringMatching(/^id,start,end,text,/), '']);
  });
});

describe('a large text file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is scanned in line-aligned chunks with the same matches and offsets as the whole text at once', async () => {
    const lines = [
      '他们在學習法*輪*功，', // a match near where chunks end
      'an ordinary line of text without anything in it, long enough to fill chunks quickly.',
      '照片里坦克开进了广场。',
      'Falun Gong',
    ];
    let text = '';
    for (let i = 0; text.length < CHUNK_SIZE * 5; i++)
      text += `${lines[i % lines.length]}${'。'.repeat(i % 7)}\n`;
    const file = join(dir, 'big.txt');
    writeFileSync(file, text);
    const r = await runBin(['scan', ...LEX, file]);
    expect(r.code).toBe(0);
    const doc = docs(r.stdout)[0]!;
    const m = createMatcher(parseLexiconText(read('lexicon.json'), 'lexicon.json').entries);
    const whole = m.match(text).map((x) => [x.start, x.end, x.text, x.clauses]);
    expect(whole.length).toBeGreaterThan(1000);
    expect(doc.matches.map((x) => [x.start, x.end, x.text, x.clauses])).toEqual(whole);
    expect(doc.chars).toBe(text.length);
  });
});

describe('the default lexicon', () => {
  it('reports Art. 10 (v) for 法轮功 written in Traditional characters with noise between them', async () => {
    const r = await runBin(['scan'], '我在學習法*輪*功。\n');
    expect(r.code).toBe(0);
    const clauses = docs(r.stdout)[0]!.matches.flatMap((m) => m.clauses);
    expect(clauses).toContain('bj-microblog-2011/art10-5');
  });
});
