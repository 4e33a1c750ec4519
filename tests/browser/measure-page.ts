/**
 * The content script's first pass on a generated ~5 MB / ~100,000-text-node page, in headless Chromium with the
 * built extension (npx wxt build first), against the floor: a TreeWalker that only reads the text, in a browser
 * without the extension. Prints one table; run with `npx tsx tests/browser/measure-page.ts`.
 *
 * The first pass starts by itself at document_idle. It is observed from outside the page through the
 * content script's answer to popup-to-content:get-state (status 'done', total, timing.firstPassStart/End in the
 * page's performance.now() time) and from the page through CSS.highlights and PerformanceObserver long tasks.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { precompileDefaultLexicon } from '../../scripts/precompile-lexicon';
import { defaultEntries } from '../../utils/lexicon';
import { mulberry32 } from '../fixtures/random';
import { QUIET_FLAGS } from '../e2e/support/chromium';
import { CHROMIUM_PATH } from '../e2e/support/paths';
import { startHarness } from './support/harness';

const EXTENSION = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const STEPS = fileURLToPath(new URL('./support/measure-entry.ts', import.meta.url));
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

/** A generated feed: posts of ordinary text with a lexicon term in every fifth post. */
function generatePage(posts: number): { html: string; chars: number; textNodes: number } {
  const rnd = mulberry32(1);
  const words = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += COMMON[Math.floor(rnd() * COMMON.length)];
    return s;
  };
  const terms = defaultEntries()
    .map((e) => e.term)
    .filter((t): t is string => !!t);
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < posts; i++) {
    const term = i % 5 === 0 && terms.length ? (terms[Math.floor(rnd() * terms.length)] as string) : '';
    const a = words(60);
    const b = words(40);
    const c = words(70);
    chars += 4 + String(i).length + a.length + b.length + c.length + term.length;
    parts.push(`<article><h3>用户${i}</h3><p>${a}<b>${b}</b>${term}<a href="#">${c}</a></p></article>`);
  }
  return {
    html: `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>feed</title></head><body>${parts.join('')}</body></html>`,
    chars,
    textNodes: posts * 4,
  };
}

const OBSERVE = `
  window.__longest = { task: 0, frame: 0, tasks: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) { __longest.task = Math.max(__longest.task, e.duration); __longest.tasks.push([Math.round(e.startTime), Math.round(e.duration)]); } }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) __longest.frame = Math.max(__longest.frame, e.duration); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

async function floor(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
  const page = await browser.newPage();
  await page.goto(url, { timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (w.nextNode()) n += (w.currentNode as Text).data.length;
    return n > 0 ? performance.now() - t0 : -1;
  });
  await browser.close();
  return ms;
}

/** The part of the service worker's chrome.* API used here. */
interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

interface State {
  status: string;
  total: number;
  timing: { firstPassStart: number | null; firstPassEnd: number | null; matcherMs: number | null };
}

async function firstPass(url: string) {
  const profile = mkdtempSync(join(tmpdir(), 'clausemark-measure-'));
  // A copy, so a build running meanwhile cannot change the extension under the browser.
  const extension = join(profile, 'extension');
  for (let attempt = 0; ; attempt++) {
    cpSync(EXTENSION, extension, { recursive: true });
    if (
      existsSync(join(extension, 'background.js')) &&
      existsSync(join(extension, 'content-scripts/content.js'))
    )
      break;
    if (attempt === 10) throw new Error(`no built extension in ${EXTENSION}: run npx wxt build first`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  const context = await chromium.launchPersistentContext(join(profile, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
    const page: Page = await context.newPage();
    await page.addInitScript(OBSERVE);
    const client = await context.newCDPSession(page);
    await client.send('Performance.enable');
    const heap = async () => {
      const { metrics } = (await client.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    await page.goto(url, { timeout: 120_000 });
    const state = async () =>
      (await worker.evaluate(async (href) => {
        const chrome = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
        const tabs = await chrome.tabs.query({});
        for (const t of tabs)
          if (t.id !== undefined)
            try {
              const s = (await chrome.tabs.sendMessage(
                t.id,
                { type: 'popup-to-content:get-state' },
                { frameId: 0 },
              )) as {
                url: string;
              };
              if (s.url === href) return s;
            } catch {
              // tabs without the content script
            }
        return null;
      }, page.url())) as State | null;
    let s: State | null = null;
    for (let i = 0; i < 600; i++) {
      s = await state();
      if (s?.status === 'done') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const drawn = await page.evaluate(() =>
      [...CSS.highlights].filter(([n]) => n.startsWith('clausemark-')).reduce((n, [, h]) => n + h.size, 0),
    );
    const longest = await page.evaluate(
      () =>
        (window as unknown as { __longest: { task: number; frame: number; tasks: [number, number][] } })
          .__longest,
    );
    return { state: s, drawn, longest, heap: await heap() };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const posts = Number(process.argv[2] ?? 25_000);
  const { html, chars, textNodes } = generatePage(posts);
  const server = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.html`;
  try {
    const floorMs = await floor(url);
    const harness = await startHarness(STEPS, [precompileDefaultLexicon()]);
    const stepsPage = await harness.page(html, { document: true });
    await stepsPage.addInitScript(OBSERVE);
    const steps = (await stepsPage.evaluate(() =>
      (
        window as unknown as { measure: { firstPass(): Promise<Record<string, number>> } }
      ).measure.firstPass(),
    )) as Record<string, number>;
    await harness.close();
    const r = await firstPass(url);
    const t = r.state?.timing;
    const pass =
      t?.firstPassEnd != null && t.firstPassStart != null ? t.firstPassEnd - t.firstPassStart : NaN;
    const rows: [string, string][] = [
      [
        'page',
        `${(chars / 1e6).toFixed(2)} M chars, ${textNodes} text nodes, ${defaultEntries().length} lexicon entries`,
      ],
      ['floor: TreeWalker reading all text (no extension)', `${floorMs.toFixed(1)} ms`],
      [
        'first pass: read + match + register (content script)',
        `${pass.toFixed(1)} ms (${(pass / floorMs).toFixed(1)}x floor)`,
      ],
      ['matcher ready (default lexicon + packs + allow-list)', `${t?.matcherMs?.toFixed(1) ?? '?'} ms`],
      ['matches found / ranges registered (windowed)', `${r.state?.total ?? '?'} / ${r.drawn}`],
      ['longest task seen by the page', `${r.longest.task.toFixed(0)} ms`],
      [
        'long tasks [start, ms] before / during / after the pass',
        ['before', 'during', 'after']
          .map((when) =>
            JSON.stringify(
              r.longest.tasks.filter(([start]) =>
                when === 'before'
                  ? start < (t?.firstPassStart ?? 0)
                  : when === 'during'
                    ? start >= (t?.firstPassStart ?? 0) && start <= (t?.firstPassEnd ?? 0)
                    : start > (t?.firstPassEnd ?? 0),
              ),
            ),
          )
          .join(' / '),
      ],
      [
        'first pass in page time (start → end)',
        `${t?.firstPassStart?.toFixed(0)} → ${t?.firstPassEnd?.toFixed(0)}`,
      ],
      ['longest animation frame seen by the page', `${r.longest.frame.toFixed(0)} ms`],
      ['JS heap used after the pass', `${(r.heap / 1e6).toFixed(1)} MB`],
      ['steps (bundled into the page, same modules):', ''],
      ['  matcher from the precompiled default lexicon', `${steps.matcher?.toFixed(1)} ms`],
      [
        '  read text (sliced)',
        `${steps.read?.toFixed(1)} ms, longest slice ${steps.readSlice?.toFixed(1)} ms`,
      ],
      ['  match (sliced)', `${steps.match?.toFixed(1)} ms`],
      ['  model (node index)', `${steps.model?.toFixed(1)} ms`],
      ['  paint (windowed)', `${steps.paint?.toFixed(1)} ms`],
      [
        '  longest slice of read + match',
        `${steps.longestSlice?.toFixed(1)} ms (${steps.blocks} blocks, ${steps.matches} matches)`,
      ],
    ];
    for (const [k, v] of rows) console.log(`${k.padEnd(58)} ${v}`);
  } finally {
    server.close();
  }
}

await main();
