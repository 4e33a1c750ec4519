import { domExcerpt, domFingerprint, layoutFingerprint } from './probes';
import type { TestPage } from './test-browser';

/** Names of the page's own-world globals: anything ClauseMark leaked into the page would show up here. */
export function pageGlobals(): string[] {
  return Object.getOwnPropertyNames(window).sort();
}

/** What the page itself could observe of its document: serialisation, style sheets, layout, globals. */
export async function observable(page: TestPage) {
  const dom = await page.probe(domFingerprint, null);
  const sheets = await page.probe(
    () => ({ styleSheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }),
    null,
  );
  const layout = await page.probe(layoutFingerprint, 3000);
  const globals = await page.main(pageGlobals, null);
  return { dom, sheets, layout, globals };
}

/** Where two serialisations first differ, with some context from each (for a readable failure). */
export async function firstDifference(a: TestPage, b: TestPage): Promise<string> {
  const [x, y] = await Promise.all([a.probe(domExcerpt, null), b.probe(domExcerpt, null)]);
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at ${i}:\n  without: ${JSON.stringify(x.slice(Math.max(0, i - 80), i + 80))}\n  with:    ${JSON.stringify(y.slice(Math.max(0, i - 80), i + 80))}`;
}
