import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentSnapshot, ContentState } from '../../utils/messages';
import {
  browserPidOf,
  killBrowser,
  readWriteLog,
  watchWrites,
  type WriteLog,
} from '../fixtures/reliability/crash';
import { sendFromExtensionPage } from '../fixtures/reliability/runtime-message';
import { readDbState, type DbState } from '../fixtures/reliability/db-state';
import { recordFigures } from '../fixtures/reliability/figures';
import { generateLibraryFile, type GeneratedLibrary } from '../fixtures/reliability/library-file';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { ExtensionControl, type ExtensionContext } from './support/control';
import { startFixtureServer, type FixtureServer } from './support/server';
import { settle, sleep } from './support/wait';

/**
 * Interrupted writes: the browser is killed (SIGKILL to its whole process group, as a crash or power cut
 * would) while a large import or a flag is being written, and the same profile is opened again. The database
 * must then be exactly as before or exactly as after, never in between: every row outside the write as it
 * was, the write's own rows all there (equal to those of an uninterrupted run) or all absent, and no match
 * without its page or page without its matches.
 *
 * One profile throughout: each reopening checks the last interrupted write, then starts the next one.
 */

/**
 * Where each kill lands: fractions of the way through the write transaction (of its duration in an
 * uninterrupted run), or right after the transaction committed (what was reported saved must stay saved).
 */
const KILL_POINTS: (number | 'committed')[] = [0, 0.3, 0.6, 0.9, 'committed'];
const LARGE = { pages: 2000, matchesPerPage: 10 };
/** a page this long gives a flag of thousands of matches, whose transaction lasts long enough to be hit */
const FLAG_PARAGRAPHS = 1500;

type Write = 'import' | 'flag';
type Outcome = 'before' | 'after' | 'inconsistent';
interface Run {
  write: Write;
  point: number | 'committed';
  /** ms from the write transaction's first request to the kill */
  killedAfterMs: number;
  /** the service worker had seen the transaction complete before the kill */
  completedBeforeKill: boolean;
  outcome: Outcome;
}

let root: string;
let profileDir: string;
let server: FixtureServer;
let capture: ContentSnapshot;
/** the import's own rows in an uninterrupted run (id prefix replaced), and the matches one flag stores */
let importedRows = '';
let flaggedMatches = 0;
const durations = { import: 0, flag: 0 };
const runs: Run[] = [];
/** the current browser on the profile, its library page, and the database as last read */
let session: ChromiumSession;
let library: Page;
let current: DbState;
const files: GeneratedLibrary[] = [];

const importPrefix = (k: number) => `large${k}-`;

async function open(): Promise<void> {
  session = await launchChromium({ profileDir });
  library = await session.context.newPage();
  await library.goto(`chrome-extension://${session.extensionId}/library.html`);
  await library.getByRole('heading', { level: 1 }).waitFor();
  await session.worker?.evaluate(watchWrites, 'matches');
}

/** The database now; pages not in `before` count as new (their rows summed up apart, `normalize` replaced). */
const state = (before: DbState | null = null, normalize: string | null = null) =>
  library.evaluate(readDbState, { known: before?.pageIds ?? null, normalize });
const writeLog = () => session.worker?.evaluate(readWriteLog) as Promise<WriteLog | undefined>;

const send = (message: Record<string, unknown>) => sendFromExtensionPage(library, message);

const flagMessage = () => ({
  type: 'popup-to-background:flag-page',
  url: capture.url,
  title: capture.title,
  snapshot: capture.text,
  matches: capture.matches,
  note: 'interrupted',
  tags: ['crash'],
});

/** Starts an import through the library page's file input, as a researcher would. */
async function startImport(k: number): Promise<void> {
  const file = files[k] as GeneratedLibrary;
  await library.getByLabel('ClauseMark library file (JSON)').setInputFiles({
    name: `library-${k}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(file.json),
  });
}

async function writeStarted(): Promise<number> {
  for (const until = Date.now() + 120_000; Date.now() < until; await sleep(5)) {
    const started = (await writeLog())?.started[0];
    if (started !== undefined) return started;
  }
  throw new Error('the write transaction did not start');
}

/** Whether a database read after a write is `before`, or holds exactly the write's rows beside it. */
function classify(write: Write, before: DbState, after: DbState): Outcome {
  if (Object.values(after.broken).some((list) => list.length > 0)) return 'inconsistent';
  // every row that was there is there unchanged, whatever else the write added
  if (JSON.stringify(after.digests) !== JSON.stringify(before.whole)) return 'inconsistent';
  if (after.newPages.length === 0)
    return JSON.stringify(after.counts) === JSON.stringify(before.counts) ? 'before' : 'inconsistent';
  if (write === 'import') return after.added === importedRows ? 'after' : 'inconsistent';
  // a capture's rows carry the time it was flagged, so they are checked by count: one whole capture more
  // (no broken rows above means its page counts exactly its own matches)
  const more = (table: string) => (after.counts[table] ?? 0) - (before.counts[table] ?? 0);
  const whole =
    after.newPages.length === 1 &&
    more('pages') === 1 &&
    more('snapshots') === 1 &&
    more('search') === 1 &&
    more('matches') === flaggedMatches;
  return whole ? 'after' : 'inconsistent';
}

/** Starts a write, kills the browser `point` of the way into its transaction, reopens and classifies. */
async function interrupt(write: Write, point: Run['point'], k: number): Promise<Run> {
  const before = current;
  const pid = browserPidOf(profileDir);
  if (write === 'import') await startImport(k);
  else void send(flagMessage()).catch(() => undefined);
  const started = await writeStarted();
  let seen = await writeLog();
  if (point === 'committed')
    for (const until = Date.now() + 120_000; !seen?.completed.length && Date.now() < until; await sleep(2))
      seen = await writeLog();
  else {
    const killAt = started + point * durations[write];
    while (Date.now() < killAt) await sleep(2);
    seen = await writeLog();
  }
  await killBrowser(pid, profileDir);
  const killedAfterMs = Date.now() - started;
  await session.close();

  await open();
  const after = await state(before, write === 'import' ? importPrefix(k) : null);
  current = after;
  const outcome = classify(write, before, after);
  return { write, point, killedAfterMs, completedBeforeKill: (seen?.completed.length ?? 0) > 0, outcome };
}

function longPage(): string {
  const lines = Array.from(
    { length: FLAG_PARAGRAPHS },
    (_, i) => `<p>第${i}楼：公园门口有人在讲法轮功的事，还有人出售大麻。</p>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长帖</title></head><body>${lines.join('')}</body></html>`;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-interrupted-'));
  const pages = join(root, 'pages');
  mkdirSync(pages);
  writeFileSync(join(pages, 'long.html'), longPage());
  server = await startFixtureServer(pages);
  for (let k = 0; k <= KILL_POINTS.length; k++)
    files.push(generateLibraryFile({ ...LARGE, idPrefix: importPrefix(k).slice(0, -1) }));
  profileDir = join(root, 'profile');
  await open();

  // a small library to start from, and a capture of a long page to flag
  const small = generateLibraryFile({ pages: 40, matchesPerPage: 5, seed: 2, idPrefix: 'base' });
  expect(await send({ type: 'library-to-background:import', json: small.json })).toMatchObject({ ok: true });
  const worker = session.worker as NonNullable<ChromiumSession['worker']>;
  const control = new ExtensionControl({
    evaluate: worker.evaluate.bind(worker) as ExtensionContext['evaluate'],
  });
  const page = await session.context.newPage();
  await page.goto(server.url('long.html'));
  const tabId = await control.tabIdOf(page.url());
  await settle(
    () => control.getState(tabId) as Promise<ContentState>,
    (s) => s.status === 'done',
    { timeout: 60_000 },
  );
  capture = await control.send<ContentSnapshot>(tabId, { type: 'popup-to-content:get-snapshot' });
  await page.close();

  // one uninterrupted run of each write: how long its transaction lasts, and the rows it writes
  let before = await state();
  await session.worker?.evaluate(watchWrites, 'matches');
  await startImport(0);
  await library.getByText('Imported library-0.json.').waitFor({ timeout: 120_000 });
  const imported = await writeLog();
  durations.import = (imported?.completed[0] ?? 0) - (imported?.started[0] ?? 0);
  const afterImport = await state(before, importPrefix(0));
  expect(afterImport.digests).toEqual(before.whole);
  expect(afterImport.newPages).toHaveLength(LARGE.pages);
  importedRows = afterImport.added;

  before = await state();
  await session.worker?.evaluate(watchWrites, 'matches');
  expect(await send(flagMessage())).toMatchObject({ ok: true });
  const flagged = await writeLog();
  durations.flag = (flagged?.completed[0] ?? 0) - (flagged?.started[0] ?? 0);
  current = await state(before);
  expect(current.digests).toEqual(before.whole);
  expect(current.newPages).toHaveLength(1);
  flaggedMatches = (current.counts.matches ?? 0) - (before.counts.matches ?? 0);
  await session.worker?.evaluate(watchWrites, 'matches');
}, 300_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  if (runs.length > 0)
    recordFigures('interrupted-writes', {
      runs: runs.length,
      survived: runs.filter((r) => r.outcome !== 'inconsistent').length,
      durations,
      detail: runs,
    });
});

describe('interrupted writes (Chromium, SIGKILL)', () => {
  test('the uninterrupted runs wrote whole, consistent rows', () => {
    expect(current.counts.pages).toBe(40 + LARGE.pages + 1);
    expect(current.counts.matches).toBe(200 + LARGE.pages * LARGE.matchesPerPage + flaggedMatches);
    expect(flaggedMatches).toBeGreaterThanOrEqual(2 * FLAG_PARAGRAPHS);
    expect(Object.values(current.broken).flat()).toEqual([]);
    expect(durations.import).toBeGreaterThan(0);
    expect(durations.flag).toBeGreaterThan(0);
  });

  test(`imports of ${LARGE.pages * LARGE.matchesPerPage} matches and flags of ${2 * FLAG_PARAGRAPHS}, each killed at ${KILL_POINTS.length} points, leave the library before or after`, async () => {
    for (const [i, point] of KILL_POINTS.entries()) {
      runs.push(await interrupt('import', point, i + 1));
      runs.push(await interrupt('flag', point, i + 1));
    }
    expect(runs.map((r) => r.outcome)).not.toContain('inconsistent');
    // a write the worker saw complete must have survived the kill
    for (const r of runs)
      if (r.completedBeforeKill) expect(r, JSON.stringify(r)).toMatchObject({ outcome: 'after' });
    // and kills landed while the transactions were in flight (the import's lasts seconds, a flag's a fraction
    // of one, so fewer of the flag's fixed points may land inside it on a fast machine)
    const inFlight = (write: Write) => runs.filter((r) => r.write === write && !r.completedBeforeKill).length;
    expect(inFlight('import')).toBeGreaterThanOrEqual(3);
    expect(inFlight('flag')).toBeGreaterThanOrEqual(1);
  }, 600_000);

  test('the check sees a torn write: a match without its page, a page short of its matches', async () => {
    const clean = await state(current);
    expect(classify('flag', current, clean)).toBe('before');
    const torn = await library.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('clausemark');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['pages', 'matches'], 'readwrite');
      const matches = tx.objectStore('matches');
      const [a, b] = (
        await new Promise<{ id: string; pageId: string }[]>((resolve) => {
          const req = matches.getAll(null, 200);
          req.onsuccess = () => resolve(req.result);
        })
      ).filter((m, i, all) => all.findIndex((x) => x.pageId === m.pageId) === i);
      if (!a || !b) throw new Error('need matches of two pages');
      matches.delete(a.id);
      tx.objectStore('pages').delete(b.pageId);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return { shortPage: a.pageId, orphanOf: b.pageId };
    }, null);
    const broken = await state(current);
    expect(broken.broken.pagesWithoutTheirMatches).toContain(torn.shortPage);
    expect(broken.broken.orphanMatches.length).toBeGreaterThan(0);
    expect(classify('flag', current, broken)).toBe('inconsistent');
  });
});
