/**
 * npm run report:reliability — the reliability, security and privacy figures, each with where it comes from.
 * Runs no test: counts come from the test sources and fixtures, measured figures from the files the e2e tests
 * leave in test-results/reliability/ (written by the last run of those tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonlDocument } from '../cli/read-jsonl';
import { BAD_MESSAGES } from '../tests/fixtures/reliability/bad-messages';
import { FIGURES_DIR, readFigures } from '../tests/fixtures/reliability/figures';
import { PAYLOADS } from '../tests/fixtures/reliability/payloads';
import { CORPUS } from '../tests/e2e/support/corpus';

const ROOT = join(import.meta.dirname, '..');
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Index just past the bracket that closes the one at `open`, skipping strings, templates and comments. */
function closing(src: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      continue;
    }
    if (pairs[c]) stack.push(pairs[c] as string);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return src.length;
}

/** Number of elements of the array literal whose '[' is at `open`. */
function arrayLength(src: string, open: number): number {
  const end = closing(src, open) - 1;
  let n = 0;
  let depth = 0;
  let item = false;
  for (let i = open + 1; i < end; i++) {
    const c = src[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < end && src[i] !== c; i++) if (src[i] === '\\') i++;
      item = true;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (depth === 0 && c === ',') {
      if (item) n++;
      item = false;
    } else if (!/\s/.test(c)) item = true;
  }
  return n + (item ? 1 : 0);
}

/** Rows of every it.each / test.each table, and of arrays named `cases` (tables driven by a loop). */
function tableRows(src: string): number {
  let n = 0;
  for (const m of src.matchAll(/\.each\(\s*\[|const (?:cases|CASES)\b[^\n]*?\s=\s*\[/g))
    n += arrayLength(src, (m.index ?? 0) + m[0].length - 1);
  return n;
}

/**
 * Single tests whose title says a bad input is refused, reported or dropped, each counted as one input though
 * many try several (tests built around a table are counted by its rows instead).
 */
const REFUSAL =
  /refus|reject|malformed|bad |bad$|invalid|not JSON|unknown|wrong|missing|damaged|names? (the|a) |error|exits [12]|dropped/i;
function refusalTests(src: string): string[] {
  const titles: string[] = [];
  for (const m of src.matchAll(/\b(?:it|test)\(\s*(['"`])((?:(?!\1).)*)\1/g)) {
    const title = m[2] ?? '';
    const open = (m.index ?? 0) + m[0].indexOf('(');
    const body = src.slice(open, closing(src, open));
    const table = /const (?:cases|CASES)\b|\.each\(/.test(body);
    if (!title.includes('${') && !table && REFUSAL.test(title)) titles.push(title);
  }
  return titles;
}

/** fast-check runs per fc.assert in a file: its numRuns, CLAUSEMARK_PROPERTY_RUNS' default, or 100. */
function propertyRuns(src: string): number[] {
  const runsDefault = /CLAUSEMARK_PROPERTY_RUNS \?\? (\d+)/.exec(src)?.[1];
  const out: number[] = [];
  for (const m of src.matchAll(/fc\.assert\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const call = src.slice(open, closing(src, open));
    const runs = /numRuns:\s*([\w.]+)/.exec(call)?.[1];
    out.push(runs === undefined ? 100 : /^\d+$/.test(runs) ? Number(runs) : Number(runsDefault ?? NaN));
  }
  return out;
}

function badJsonlLines(path: string): number {
  return source(path)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => {
      try {
        return !JsonlDocument.safeParse(JSON.parse(line)).success;
      } catch {
        return true;
      }
    }).length;
}

const out: string[] = [];
const line = (s = '') => out.push(s);
const fmt = (n: number) => n.toLocaleString('en');

// 1. hostile and unusual pages
line('Hostile/unusual pages');
line(
  `  ${CORPUS.length} fixture pages (tests/e2e/support/corpus.ts), each checked in Chromium (tests/e2e/corpus.test.ts)`,
);
line(
  '  and in Firefox ESR (tests/e2e/corpus.firefox.test.ts); pass/fail is that of the last npm run test:e2e.',
);

// 2. property tests
line();
line('Property-based tests (fast-check runs per property, CLAUSEMARK_PROPERTY_RUNS at its default)');
let propertyTotal = 0;
for (const file of [
  'tests/unit/match-properties.test.ts',
  'tests/unit/anchor.test.ts',
  'tests/unit/dom-extract.test.ts',
  'tests/unit/packs-csv.test.ts',
  'tests/unit/import-fuzz.test.ts',
]) {
  const runs = propertyRuns(source(file));
  const sum = runs.reduce((a, b) => a + b, 0);
  propertyTotal += sum;
  line(`  ${file}: ${runs.length} × [${runs.join(', ')}] = ${fmt(sum)}`);
}
line(`  total: ${fmt(propertyTotal)} generated cases per run`);

// 3. bad inputs
line();
line(
  'Bad inputs tried (rows of test tables + single refusal tests + fuzzed and fixture inputs; a lower bound)',
);
const areas: [string, string[]][] = [
  ['lexicons', ['tests/unit/lexicon-load.test.ts']],
  [
    'keyword lists and packs',
    [
      'tests/unit/packs.test.ts',
      'tests/unit/packs-csv.test.ts',
      'tests/unit/db-packs.test.ts',
      'tests/unit/library-packs.test.tsx',
    ],
  ],
  ['library imports and captures', ['tests/unit/import.test.ts', 'tests/unit/db.test.ts']],
  ['CLI options and lexicon files', ['tests/unit/cli-options.test.ts']],
];
let badTotal = 0;
for (const [area, files] of areas) {
  let n = 0;
  const parts: string[] = [];
  for (const file of files) {
    const src = source(file);
    const rows = tableRows(src);
    const singles = refusalTests(src).length;
    n += rows + singles;
    parts.push(`${file.replace('tests/unit/', '')}: ${rows} table rows + ${singles} tests`);
  }
  badTotal += n;
  line(`  ${area}: ${n} (${parts.join('; ')})`);
}
const fuzzRuns = propertyRuns(source('tests/unit/import-fuzz.test.ts')).reduce((a, b) => a + b, 0);
badTotal += fuzzRuns;
line(
  `  mutated library files: ${fuzzRuns} (tests/unit/import-fuzz.test.ts numRuns; some mutations stay valid)`,
);
const jsonl = badJsonlLines('tests/fixtures/cli/docs.jsonl');
badTotal += jsonl;
line(
  `  CLI JSON Lines input: ${jsonl} bad lines (tests/fixtures/cli/docs.jsonl, by the CLI's own line schema)`,
);
badTotal += BAD_MESSAGES.length;
line(
  `  runtime messages: ${BAD_MESSAGES.length} (tests/fixtures/reliability/bad-messages.ts), each delivered to every`,
);
line(
  '    receiver from an extension page and from a content script (unit) and to the service worker and a content',
);
line(`    script in Chromium (e2e): ${fmt(BAD_MESSAGES.length * 4)} deliveries`);
line(`  total: ${fmt(badTotal)} distinct bad inputs`);

// 4. untrusted text
const figures = readFigures();
const inert = figures['inert-text'] as { payloads: number; surfaces: number; checks: number } | undefined;
line();
line('Untrusted input rendered only as text');
line(
  `  payloads: ${PAYLOADS.length} strings + 1 file name (tests/fixtures/reliability/payloads.ts); tests/e2e/reliability-inert.test.ts`,
);
line(
  inert
    ? `  measured: ${inert.surfaces} surfaces, ${fmt(inert.checks)} payload-on-surface checks, all inert`
    : '  measured: not yet (run npx vitest run --project e2e tests/e2e/reliability-inert.test.ts)',
);

// 5. interrupted writes
const crash = figures['interrupted-writes'] as
  | {
      runs: number;
      survived: number;
      detail: { write: string; outcome: string; completedBeforeKill: boolean }[];
    }
  | undefined;
line();
line(
  'Interrupted writes (SIGKILL of Chromium during an import or a flag; tests/e2e/reliability-interrupted.test.ts)',
);
if (crash) {
  const by = (w: string) => crash.detail.filter((r) => r.write === w);
  for (const w of ['import', 'flag']) {
    const runs = by(w);
    const inFlight = runs.filter((r) => !r.completedBeforeKill).length;
    const after = runs.filter((r) => r.outcome === 'after').length;
    const before = runs.filter((r) => r.outcome === 'before').length;
    line(
      `  ${w}: ${runs.length} kills (${inFlight} while the transaction was in flight): ${before} before, ${after} after`,
    );
  }
  line(`  survived: ${crash.survived} of ${crash.runs} (database exactly before or exactly after)`);
} else
  line('  measured: not yet (run npx vitest run --project e2e tests/e2e/reliability-interrupted.test.ts)');

// 6. network
line();
line('Network requests made by ClauseMark in a whole session (tests/e2e/privacy*.test.ts)');
for (const [name, key] of [
  ['Chromium', 'network-chromium'],
  ['Firefox ESR', 'network-firefox'],
] as const) {
  const f = figures[key] as Record<string, number> | undefined;
  if (!f) {
    line(`  ${name}: not measured yet`);
    continue;
  }
  const seen = (f.byExtension ?? 0) + (f.foreign ?? 0) + (f.unexpectedFixtureRequests ?? 0);
  line(`  ${name}: ${seen} (${JSON.stringify(f)})`);
}
line();
line(`Measured figures are read from ${FIGURES_DIR.replace(`${ROOT}/`, '')}/.`);
console.log(out.join('\n'));
