/**
 * What the DOM-layer tests drive inside the page: the real modules the content script is built from,
 * bundled into the test page (a test page may have globals; the extension never adds any).
 */
import { PageScanner } from '../../../entrypoints/content/scanner';
import { createMatcher, parseLexicon } from '../../../utils/match';
import { extractText, BlockWalker } from '../../../utils/dom/extract';
import { itemAtPoint } from '../../../utils/dom/hit-test';
import { MutationWatcher } from '../../../utils/dom/mutations';
import type { PageMatch } from '../../../utils/dom/page-match';
import { createPainter } from '../../../utils/dom/painter';
import { matchBlocks, extractSliced } from '../../../utils/dom/scan';
import { Slicer } from '../../../utils/dom/scheduler';
import { findNewShadowRoots } from '../../../utils/dom/shadow-sweep';
import { offsetOf, pointAt } from '../../../utils/dom/segments';
import { createVisibility } from '../../../utils/dom/visibility';
import { familyOf } from '../../../utils/clauses';

export interface TestLexicon {
  [clause: string]: string[];
}

/** A matcher over a small lexicon: clause id → terms. */
function matcherOf(lexicon: TestLexicon) {
  const groups = Object.entries(lexicon).map(([clause, entries]) => ({
    note: 'test',
    lang: 'zh',
    clauses: [clause],
    entries,
  }));
  const parsed = parseLexicon(
    { format: 'clausemark-lexicon/1', id: 'test', name: { zh: '测', en: 't' }, groups },
    'test',
  );
  return createMatcher(parsed.entries);
}

/** A scanner + painter + watcher wired as the content script wires them, over a test lexicon. */
function live(lexicon: TestLexicon, options: { windowAbove?: number } = {}) {
  const matcher = matcherOf(lexicon);
  const controller = new AbortController();
  const painter = createPainter<PageMatch>(window, { windowAbove: options.windowAbove ?? 2000 });
  const shadowRoots = new Set<ShadowRoot>();
  let changes = 0;
  const watcher: MutationWatcher = new MutationWatcher({
    signal: controller.signal,
    onBatch: (b) => scanner.apply(b).then(() => undefined),
  });
  const scanner: PageScanner = new PageScanner(document, controller.signal, {
    setup: () => ({
      match: (t) => matcher.match(t),
      classify: (m) => ({ family: familyOf(m.clauses[0] ?? ''), clauses: m.clauses }),
    }),
    foundShadowRoots: (roots) => roots.forEach((r) => (shadowRoots.add(r), watcher.observe(r))),
    isOwnNode: () => false,
    changed: (c) => {
      changes++;
      if (c.full) painter.paint(scanner.model.matches());
      else painter.update(c.removed, c.added);
    },
  });
  watcher.observe(document);
  const ready = scanner.rescan();
  return {
    ready,
    scanner,
    painter,
    get changes() {
      return changes;
    },
    texts: () => scanner.model.matches().map((m) => m.block.text.slice(m.start, m.end)),
    hit: (x: number, y: number) =>
      itemAtPoint<PageMatch>(x, y, {
        candidates: (node, offset) => {
          const block = scanner.model.blockOf(node);
          if (!block) return [];
          const at = offsetOf(block, node, offset);
          return scanner.model.matchesIn(block).filter((m) => m.start <= at && at <= m.end);
        },
        rangeOf: (m) => m.range(),
        isDrawn: (m) => painter.isDrawn(m),
        itemOf: (r) => painter.itemOf(r),
        shadowRoots: () => [...shadowRoots],
      }),
    stop: () => {
      controller.abort();
      painter.destroy();
    },
  };
}

const api = {
  extractText,
  BlockWalker,
  pointAt,
  offsetOf,
  createVisibility,
  matchBlocks,
  extractSliced,
  Slicer,
  matcherOf,
  live,
  findNewShadowRoots,
};
export type PageApi = typeof api;
(globalThis as unknown as { cm: PageApi }).cm = api;
