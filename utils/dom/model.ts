import { composedCompare } from './compose';
import type { TextBlock } from './extract';
import type { PageMatch } from './page-match';

/** A change to the page model: blocks to drop (stale ones and every block of the re-read owners) and new ones. */
export interface ModelUpdate {
  stale: ReadonlySet<TextBlock>;
  /** owners whose own runs were all re-read: every old block they own goes */
  rereadOwners: ReadonlySet<Node>;
  added: readonly TextBlock[];
  matches: ReadonlyMap<TextBlock, readonly PageMatch[]>;
}

/**
 * The page as ClauseMark sees it: text blocks in composed document order, the Text node → block index (hover
 * and change tracking) and each block's matches. Updated in place by batches of changes.
 */
export class PageModel {
  private list: TextBlock[] = [];
  private readonly byNode = new Map<Text, TextBlock>();
  private readonly byBlock = new Map<TextBlock, readonly PageMatch[]>();
  private ordered: PageMatch[] | null = null;
  private joined: { text: string; offsets: Map<TextBlock, number> } | null = null;
  private chars = 0;

  get blocks(): readonly TextBlock[] {
    return this.list;
  }

  /** Length of all blocks' text together. */
  get length(): number {
    return this.chars;
  }

  /** Replaces everything (a full scan). */
  reset(blocks: readonly TextBlock[], matches: ReadonlyMap<TextBlock, readonly PageMatch[]>): void {
    this.list = [...blocks];
    this.byNode.clear();
    this.byBlock.clear();
    for (const b of blocks) this.index(b, matches.get(b));
    this.changed();
  }

  /** Applies an incremental update; returns the matches that left and those that came. */
  apply(u: ModelUpdate): { removed: PageMatch[]; added: PageMatch[] } {
    const removed: PageMatch[] = [];
    const gone = new Set(u.stale);
    for (const b of u.added)
      for (const n of b.nodes) {
        const old = this.byNode.get(n);
        if (old) gone.add(old);
      }
    const kept = this.list.filter((b) => !gone.has(b) && !u.rereadOwners.has(b.owner));
    if (kept.length !== this.list.length)
      for (const b of this.list) {
        if (!gone.has(b) && !u.rereadOwners.has(b.owner)) continue;
        removed.push(...(this.byBlock.get(b) ?? []));
        this.byBlock.delete(b);
        for (const n of b.nodes) if (this.byNode.get(n) === b) this.byNode.delete(n);
      }
    const added: PageMatch[] = [];
    for (const b of u.added) {
      const ms = u.matches.get(b);
      this.index(b, ms);
      if (ms) added.push(...ms);
    }
    this.list = mergeInOrder(kept, u.added);
    this.changed();
    return { removed, added };
  }

  blockOf(node: Node): TextBlock | undefined {
    return this.byNode.get(node as Text);
  }

  matchesIn(block: TextBlock): readonly PageMatch[] {
    return this.byBlock.get(block) ?? [];
  }

  /** Every match in document order (cached until the next change). */
  matches(): readonly PageMatch[] {
    if (!this.ordered) {
      const all: PageMatch[] = [];
      for (const b of this.list) {
        const ms = this.byBlock.get(b);
        if (ms) for (const m of ms) all.push(m);
      }
      this.ordered = all;
    }
    return this.ordered;
  }

  /** The page text as the snapshot and match offsets outside the page use it: blocks joined with "\n". */
  text(): { text: string; offsets: ReadonlyMap<TextBlock, number> } {
    if (!this.joined) {
      const offsets = new Map<TextBlock, number>();
      let at = 0;
      for (const b of this.list) {
        offsets.set(b, at);
        at += b.text.length + 1;
      }
      this.joined = { text: this.list.map((b) => b.text).join('\n'), offsets };
    }
    return this.joined;
  }

  private index(b: TextBlock, ms: readonly PageMatch[] | undefined) {
    for (const n of b.nodes) this.byNode.set(n, b);
    if (ms && ms.length > 0) this.byBlock.set(b, ms);
  }

  private changed() {
    this.ordered = null;
    this.joined = null;
    this.chars = 0;
    for (const b of this.list) this.chars += b.text.length;
  }
}

const firstNode = (b: TextBlock) => b.nodes[0] as Node;

/** Merges new blocks (any order) into a list in composed document order. */
export function mergeInOrder(list: readonly TextBlock[], added: readonly TextBlock[]): TextBlock[] {
  if (added.length === 0) return [...list];
  const sorted = [...added].sort((a, b) => composedCompare(firstNode(a), firstNode(b)));
  const out: TextBlock[] = [];
  let i = 0;
  for (const b of sorted) {
    // First kept block after b; kept blocks are in order, so a binary search over the rest.
    let lo = i;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (composedCompare(firstNode(list[mid] as TextBlock), firstNode(b)) < 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out.push(list[i++] as TextBlock);
    out.push(b);
  }
  while (i < list.length) out.push(list[i++] as TextBlock);
  return out;
}
