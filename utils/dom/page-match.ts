import type { Match } from '../match';
import type { TextBlock } from './extract';
import { staticRangeOf } from './ranges';

/** A match placed in the page: its block, offsets in the block's text, and its colour family. */
export class PageMatch {
  private cached: AbstractRange | null | undefined;

  constructor(
    readonly block: TextBlock,
    /** offsets in block.text */
    readonly start: number,
    readonly end: number,
    /** the engine's match (its own start/end are those of the text it was found in) */
    readonly match: Match,
    /** colour family: the first Article 10 clause's */
    readonly family: string,
    /** the clauses of enabled documents it falls under */
    readonly clauses: readonly string[],
  ) {}

  /** The element whose closeness to the viewport decides whether the match is drawn on large pages. */
  get anchor(): Element | null {
    const o = this.block.owner;
    if (o.nodeType === 1) return o as Element;
    return o.nodeType === 11 ? ((o as ShadowRoot).host ?? null) : null;
  }

  /** A StaticRange over the matched text, built on first use. */
  range(): AbstractRange | null {
    if (this.cached === undefined) {
      const win = this.block.nodes[0]?.ownerDocument?.defaultView ?? window;
      this.cached = staticRangeOf(this.block, this.start, this.end, win);
    }
    return this.cached;
  }
}
