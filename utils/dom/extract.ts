import { isBlockElement, isSkippedElement } from './blocks';
import type { Segments } from './segments';
import { createVisibility, type Visibility } from './visibility';

/**
 * A run of visible text between two block boundaries: the unit that is matched (matches never cross blocks)
 * and re-extracted when the page changes.
 */
export interface TextBlock extends Segments {
  /** the nearest block element, shadow root or document around the run: what to re-read when it changes */
  readonly owner: Node;
  /** the nodes' text joined, line breaks that are not drawn read as spaces (same length) */
  readonly text: string;
}

export interface ExtractOptions {
  /** elements never entered besides the built-in ones */
  skip?: (el: Element) => boolean;
  /** read only the root's own runs and report nested block elements instead of entering them */
  shallow?: boolean;
  /** share one visibility cache between extractions of the same pass */
  visibility?: Visibility;
}

interface Frame {
  next: Node | null;
  list: readonly Node[] | null;
  index: number;
  /** owner to restore when the frame is done; null when entering it did not start a block */
  restore: Node | null;
}

const BLANK = /^[\s\u200b\u3000]*$/;
function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  return !(c > 32 && c !== 0xa0 && c !== 0x3000 && c !== 0x200b) && BLANK.test(s);
}

/**
 * Walks visible text in rendering order: skips what is never drawn (scripts, form fields, contenteditable,
 * `hidden`, display:none, visibility:hidden), enters open shadow roots, follows slots to the nodes they show.
 * Resumable: run(deadline) stops when the deadline passes and continues where it was on the next call, so a
 * 100,000-node page is read in slices that never block the page for long.
 */
export class BlockWalker {
  readonly blocks: TextBlock[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  /** shallow mode: block elements inside the root that were not entered */
  readonly nested: Element[] = [];
  private readonly stack: Frame[] = [];
  private readonly vis: Visibility;
  private owner: Node;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private lastParent: Node | null = null;
  private lastVisible = false;

  constructor(
    private readonly root: Node,
    private readonly options: ExtractOptions = {},
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    this.vis = options.visibility ?? createVisibility(doc?.defaultView ?? window);
    this.owner = root;
    if (root.nodeType === 9) {
      const html = (root as Document).documentElement;
      if (html) this.stack.push({ next: null, list: [html], index: 0, restore: null });
    } else if (root.nodeType === 11) {
      this.stack.push({ next: root.firstChild, list: null, index: 0, restore: null });
    } else if (root.nodeType === 1) {
      const el = root as Element;
      if (!isSkippedElement(el) && !options.skip?.(el) && this.vis.isRendered(el)) this.enter(el, true);
    }
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Walks until done or past the deadline (performance.now() time); returns whether it is done. */
  run(deadline = Infinity): boolean {
    const stack = this.stack;
    let count = 0;
    while (stack.length > 0) {
      const f = stack[stack.length - 1] as Frame;
      let node: Node | null;
      if (f.list) node = f.index < f.list.length ? (f.list[f.index++] as Node) : null;
      else {
        node = f.next;
        if (node) f.next = node.nextSibling;
      }
      if (node === null) {
        stack.pop();
        if (f.restore) {
          this.flush();
          this.owner = f.restore;
        }
        continue;
      }
      const type = node.nodeType;
      if (type === 3) this.text(node as Text);
      else if (type === 1) this.element(node as Element);
      if ((++count & 511) === 0 && deadline !== Infinity && performance.now() > deadline) return false;
    }
    this.flush();
    return true;
  }

  private element(el: Element) {
    if (isSkippedElement(el) || this.options.skip?.(el)) return;
    if (el.tagName === 'BR') {
      this.flush();
      return;
    }
    if (!isBlockElement(el)) {
      this.enter(el, false);
      return;
    }
    this.flush();
    if (this.options.shallow) this.nested.push(el);
    else if (this.vis.isRendered(el)) this.enter(el, true);
  }

  private enter(el: Element, block: boolean) {
    const restore = block ? this.owner : null;
    const shadow = el.shadowRoot;
    if (shadow) {
      this.shadowRoots.push(shadow);
      this.stack.push({ next: shadow.firstChild, list: null, index: 0, restore: restore ?? this.owner });
      this.flush();
      this.owner = shadow;
      return;
    }
    let list: readonly Node[] | null = null;
    if (el.tagName === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length > 0) list = assigned;
    }
    this.stack.push({ next: list ? null : el.firstChild, list, index: 0, restore });
    if (block) this.owner = el;
  }

  private text(t: Text) {
    let data = t.data;
    if (data.length === 0 || (this.length === 0 && isBlank(data))) return;
    const parent = t.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      const el = parent?.nodeType === 1 ? (parent as Element) : ((parent as ShadowRoot | null)?.host ?? null);
      this.lastVisible = el ? this.vis.isTextVisible(el) : true;
    }
    if (!this.lastVisible) return;
    if ((data.includes('\n') || data.includes('\r')) && parent?.nodeType === 1) {
      // Source line breaks in ordinary text are drawn as spaces; only `white-space: pre*` keeps them.
      if (!this.vis.keepsLineBreaks(parent as Element)) data = data.replace(/[\n\r]/g, ' ');
    }
    this.nodes.push(t);
    this.starts.push(this.length);
    this.length += data.length;
    this.ends.push(this.length);
    this.parts.push(data);
  }

  private flush() {
    if (this.nodes.length === 0) return;
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    if (!isBlank(text))
      this.blocks.push({ owner: this.owner, nodes: this.nodes, starts: this.starts, ends: this.ends, text });
    this.nodes = [];
    this.starts = [];
    this.ends = [];
    this.parts = [];
    this.length = 0;
  }
}

/** All text blocks under root, read in one go. */
export function extractBlocks(root: Node = document, options: ExtractOptions = {}): TextBlock[] {
  const walker = new BlockWalker(root, options);
  walker.run();
  return walker.blocks;
}

/**
 * The visible text under root as one string, blocks separated by "\n", with the map from offsets to Text
 * nodes (sorted; see segments.ts for both directions).
 */
export function extractText(
  root: Node = document,
  options: ExtractOptions = {},
): { text: string; segments: Segments; blocks: TextBlock[] } {
  return joinBlocks(extractBlocks(root, options));
}

/** Joins blocks with "\n" and offsets their segments into the joined text. */
export function joinBlocks(blocks: readonly TextBlock[]): {
  text: string;
  segments: Segments;
  blocks: TextBlock[];
} {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.nodes.length; i++) {
      nodes.push(b.nodes[i] as Text);
      starts.push(at + (b.starts[i] as number));
      ends.push(at + (b.ends[i] as number));
    }
    at += b.text.length + 1;
  }
  return {
    text: blocks.map((b) => b.text).join('\n'),
    segments: { nodes, starts, ends },
    blocks: [...blocks],
  };
}
