import type { Match } from '../match';
import { chunkTexts, partAt } from './chunks';
import { BlockWalker, type ExtractOptions, type TextBlock } from './extract';
import { PageMatch } from './page-match';
import type { Slicer } from './scheduler';

/** How found matches become page matches: the engine, and which clauses/family (null: not reported). */
export interface MatchSetup {
  match(text: string): Match[];
  classify(m: Match): { family: string; clauses: string[] } | null;
}

/** Reads the text under root in slices. */
export async function extractSliced(
  root: Node,
  options: ExtractOptions,
  slicer: Slicer,
): Promise<BlockWalker> {
  const walker = new BlockWalker(root, options);
  while (!walker.run(slicer.until)) await slicer.pause();
  return walker;
}

/**
 * Matches blocks chunk by chunk (8,192 characters: a few milliseconds of engine time, so a slice never runs
 * long past its budget), pausing between chunks when the slice is used up; returns each block's matches with
 * offsets in the block's text.
 */
export async function matchBlocks(
  blocks: readonly TextBlock[],
  setup: MatchSetup,
  slicer: Slicer,
  maxChars = 8192,
): Promise<Map<TextBlock, PageMatch[]>> {
  const out = new Map<TextBlock, PageMatch[]>();
  for (const chunk of chunkTexts(
    blocks.map((b) => b.text),
    maxChars,
  )) {
    for (const m of setup.match(chunk.text)) {
      const part = partAt(chunk, m.start);
      if (!part) continue;
      const start = m.start - part.at + part.from;
      if (start < part.keepFrom || start >= part.keepTo) continue;
      const kind = setup.classify(m);
      const block = blocks[part.index];
      if (!kind || !block) continue;
      const pm = new PageMatch(block, start, m.end - part.at + part.from, m, kind.family, kind.clauses);
      const list = out.get(block);
      if (list) list.push(pm);
      else out.set(block, [pm]);
    }
    await slicer.maybePause();
  }
  return out;
}
