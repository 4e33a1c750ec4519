// npm run bench:export — 100,000 matches (2,000 captures) exported in every format, from memory and from
// fake-indexeddb. Besides total time it measures the longest stretch the event loop was held (what would freeze
// a page: input and rendering wait for it), against a baseline in the same run that builds the same CSV in one
// synchronous pass. Stalls are given as wall time and as work (see stallMonitor: the honest figure on a busy
// machine). Targets: CSV of 100,000 matches under 2 s, no stretch over 100 ms of work.
import 'fake-indexeddb/auto';
import { availableParallelism, loadavg } from 'node:os';
import { getClause } from '../../utils/clauses';
import { ClauseMarkDB } from '../../utils/db/database';
import {
  CSV_COLUMNS,
  csvCell,
  dexieSource,
  EXPORT_FORMATS,
  memorySource,
  serialize,
} from '../../utils/export';
import type { ExportSource } from '../../utils/export/source';
import { generateLibrary, storeLibrary } from '../fixtures/db/generated-library';

const MATCHES = Number(process.env.BENCH_MATCHES ?? 100_000);
const PAGES = Math.max(1, Math.round(MATCHES / 50));
const TARGET_MS = 2000;
const SLICE_TARGET_MS = 100;

const data = generateLibrary(PAGES, MATCHES, 7);

/**
 * The longest stretch between two turns of the event loop, as wall time and as work: the lesser of wall time
 * and the process's CPU time in it. On a busy machine wall time also counts time spent waiting for a core,
 * and process CPU time also counts other threads (garbage collection); the main thread's own work is no more
 * than either.
 */
function stallMonitor() {
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const worst = { wallMs: 0, workMs: 0 };
  const timer = setInterval(() => {
    const w = performance.now();
    const c = process.cpuUsage();
    const cpuMs = (c.user - cpu.user + c.system - cpu.system) / 1000;
    worst.wallMs = Math.max(worst.wallMs, w - wall);
    worst.workMs = Math.max(worst.workMs, Math.min(w - wall, cpuMs));
    wall = w;
    cpu = c;
  }, 1);
  return () => {
    clearInterval(timer);
    return worst;
  };
}

/** Runs an export to the end, consuming chunks as a Blob would; total time, longest stall, characters. */
async function run(source: ExportSource, format: (typeof EXPORT_FORMATS)[number]) {
  const stop = stallMonitor();
  await new Promise((r) => setTimeout(r, 5));
  const t = performance.now();
  let chars = 0;
  let chunks = 0;
  for await (const chunk of serialize(source, format, { exportedAt: '2026-01-01T00:00:00.000Z' })) {
    chars += chunk.length;
    chunks++;
  }
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 5)); // let the monitor see the last stretch end
  return { ms, ...stop(), chars, chunks };
}

/** The baseline: the same CSV built in one synchronous pass, the simplest way to write it. */
function csvAtOnce(): { ms: number; cpuMs: number; chars: number } {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const pages = new Map(data.pages.map((p) => [p.id, p]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const m of data.matches) {
    const p = pages.get(m.pageId)!;
    for (const c of m.clauseIds) {
      const clause = getClause(c);
      lines.push(
        [
          p.url,
          p.title,
          p.flaggedAt,
          c,
          clause?.locator.en ?? '',
          clause?.label.en ?? '',
          m.quote,
          m.term,
          `${m.prefix}[${m.quote}]${m.suffix}`,
          m.verdict,
          m.note,
          m.implied.join(' '),
          m.steps.join(' '),
          p.id,
          m.id,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  const text = '\uFEFF' + lines.join('\r\n') + '\r\n';
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, chars: text.length };
}

const db = new ClauseMarkDB(`bench-export-${Date.now()}`);
await storeLibrary(db, data);
await run(memorySource(data), 'csv'); // warm up

console.log(
  `${MATCHES.toLocaleString()} matches on ${PAGES.toLocaleString()} captures; ` +
    `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n`,
);
const head = ['format', 'source', 'total', 'longest stall (wall / work)', 'size', 'chunks'];
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
let csvMs = 0;
let worstStall = 0;
for (const format of EXPORT_FORMATS)
  for (const [name, source] of [
    ['memory', memorySource(data)],
    ['IndexedDB', dexieSource(db)],
  ] as const) {
    const r = await run(source, format);
    if (format === 'csv' && name === 'memory') csvMs = r.ms;
    worstStall = Math.max(worstStall, r.workMs);
    console.log(
      `| ${format} | ${name} | ${fmt(r.ms)} | ${fmt(r.wallMs)} / ${fmt(r.workMs)} | ` +
        `${(r.chars / 1e6).toFixed(1)} M chars | ${r.chunks} |`,
    );
  }
const base = csvAtOnce();
console.log(
  `| csv, one synchronous pass (baseline) | memory | ${fmt(base.ms)} | ${fmt(base.ms)} / ${fmt(Math.min(base.ms, base.cpuMs))} | ` +
    `${(base.chars / 1e6).toFixed(1)} M chars | 1 |`,
);
console.log(
  `\nCSV from memory: ${fmt(csvMs)} (${(csvMs / base.ms).toFixed(2)}x the one-pass baseline); longest stall over ` +
    `all exports ${fmt(worstStall)} of work (the one-pass baseline holds the loop for ${fmt(base.ms)}, ` +
    `${(base.ms / Math.max(worstStall, 1)).toFixed(0)}x longer).` +
    `\nTargets: CSV under ${TARGET_MS} ms — ${csvMs < TARGET_MS ? 'met' : 'MISSED'}; ` +
    `no stall over ${SLICE_TARGET_MS} ms of work — ${worstStall < SLICE_TARGET_MS ? 'met' : 'MISSED'}.`,
);
db.close();
await ClauseMarkDB.delete(db.name);
