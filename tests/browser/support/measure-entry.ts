/** The content script's reading and matching steps with the shipped lexicon, timed one by one in a page. */
import { familyOf } from '../../../utils/clauses';
import { PageModel } from '../../../utils/dom/model';
import type { PageMatch } from '../../../utils/dom/page-match';
import { createPainter } from '../../../utils/dom/painter';
import { extractSliced, matchBlocks } from '../../../utils/dom/scan';
import { Slicer } from '../../../utils/dom/scheduler';
import { createVisibility } from '../../../utils/dom/visibility';
import { defaultCompiled } from '../../../utils/lexicon/default-compiled';
import { matcherOf } from '../../../utils/match';

async function firstPass() {
  const t0 = performance.now();
  const matcher = matcherOf([defaultCompiled()]);
  const t1 = performance.now();
  const slicer = new Slicer();
  const walker = await extractSliced(document, { visibility: createVisibility(window) }, slicer);
  const t2 = performance.now();
  const readSlice = slicer.longest;
  const matches = await matchBlocks(
    walker.blocks,
    {
      match: (t) => matcher.match(t),
      classify: (m) => (m.clauses[0] ? { family: familyOf(m.clauses[0]), clauses: m.clauses } : null),
    },
    slicer,
  );
  const t3 = performance.now();
  const model = new PageModel();
  model.reset(walker.blocks, matches);
  const t4 = performance.now();
  const painter = createPainter<PageMatch>(window);
  painter.paint(model.matches());
  const t5 = performance.now();
  return {
    matcher: t1 - t0,
    read: t2 - t1,
    readSlice,
    match: t3 - t2,
    model: t4 - t3,
    paint: t5 - t4,
    longestSlice: slicer.longest,
    blocks: walker.blocks.length,
    matches: model.matches().length,
  };
}

(globalThis as unknown as { measure: { firstPass: typeof firstPass } }).measure = { firstPass };
