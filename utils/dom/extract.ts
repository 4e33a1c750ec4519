import { BLOCK_TAGS, SKIP_TAGS } from './blocks';
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
 * display:none, visibility:hidden, content hidden by content-visibility, `hidden`, closed <details>), enters
 * open shadow roots, follows slots to the nodes they show. Resumable: run(deadline) stops when the deadline
 * passes and continues where it was on the next call, so a 100,000-node page is read in slices that never
 * block the page for long.
 *
 * Written for speed on large pages: visibility is asked once per element that holds text (checkVisibility,
 * cached), not for every element on the way down; frames are reused; each element is asked for its tag and
 * shadow root once; contenteditable roots come from one selector query per tree. One case is left out for
 * that speed: text directly inside an element styled `content-visibility: hidden` (its child elements are
 * skipped) would need a computed-style read for every element.
 */
export class BlockWalker {
  readonly blocks: TextBlock[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  /** shallow mode: block elements inside the root that were not entered */
  readonly nested: Element[] = [];
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly vis: Visibility;
  private readonly editable = new Set<Element>();
  private owner: Node;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private lastParent: Node | null = null;
  private lastVisible = false;

  constructor(
    root: Node,
    private readonly options: ExtractOptions = {},
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    this.vis = options.visibility ?? createVisibility(doc?.defaultView ?? window);
    this.owner = root;
    this.findEditable(root);
    if (root.nodeType === 9) {
      const html = (root as Document).documentElement;
      if (html) this.push(null, [html], null);
    } else if (root.nodeType === 11) {
      this.push(root.firstChild, null, null);
    } else if (root.nodeType === 1) {
      const el = root as Element;
      if (
        !SKIP_TAGS.has(el.tagName) &&
        !this.isEditable(el) &&
        !options.skip?.(el) &&
        this.vis.isRendered(el)
      )
        this.enter(el, el.tagName, el.shadowRoot, true);
    }
  }

  get done(): boolean {
    return this.depth === 0;
  }

  /** Walks until done or past the deadline (performance.now() time); returns whether it is done. */
  run(deadline = Infinity): boolean {
    const frames = this.frames;
    let count = 0;
    while (this.depth > 0) {
      const f = frames[this.depth - 1] as Frame;
      let node: Node | null;
      if (f.list) node = f.index < f.list.length ? (f.list[f.index++] as Node) : null;
      else {
        node = f.next;
        if (node) f.next = node.nextSibling;
      }
      if (node === null) {
        this.depth--;
        if (f.restore) {
          this.flush();
          this.owner = f.restore;
        }
        f.list = null;
        f.next = null;
        f.restore = null;
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

  private push(next: Node | null, list: readonly Node[] | null, restore: Node | null) {
    let f = this.frames[this.depth];
    if (!f) this.frames.push((f = { next, list, index: 0, restore }));
    else {
      f.next = next;
      f.list = list;
      f.index = 0;
      f.restore = restore;
    }
    this.depth++;
  }

  private element(el: Element) {
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || this.isEditable(el) || this.options.skip?.(el)) return;
    if (tag === 'BR') {
      this.flush();
      return;
    }
    const shadow = el.shadowRoot;
    if (!(shadow !== null || BLOCK_TAGS.has(tag) || tag.includes('-'))) {
      this.enter(el, tag, null, false);
      return;
    }
    this.flush();
    if (this.options.shallow) this.nested.push(el);
    else this.enter(el, tag, shadow, true);
  }

  private enter(el: Element, tag: string, shadow: ShadowRoot | null, block: boolean) {
    const restore = block ? this.owner : null;
    if (shadow) {
      this.shadowRoots.push(shadow);
      this.findEditable(shadow);
      this.push(shadow.firstChild, null, restore ?? this.owner);
      this.owner = shadow;
      return;
    }
    let list: readonly Node[] | null = null;
    if (tag === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length > 0) list = assigned;
    } else if (tag === 'DETAILS' && !el.hasAttribute('open')) {
      // A closed <details> draws only its summary.
      const summary = Array.from(el.children).find((c) => c.tagName === 'SUMMARY');
      list = summary ? [summary] : [];
    }
    this.push(list ? null : el.firstChild, list, restore);
    if (block) this.owner = el;
  }

  /** Editing hosts of a tree (document or shadow root), found with one query. */
  private findEditable(root: Node) {
    const query = (root as ParentNode).querySelectorAll;
    if (typeof query !== 'function') return;
    for (const el of Array.from((root as ParentNode).querySelectorAll(EDITABLE))) this.editable.add(el);
    if (root.nodeType === 1 && (root as Element).matches(EDITABLE)) this.editable.add(root as Element);
  }

  private isEditable(el: Element): boolean {
    return this.editable.size > 0 && this.editable.has(el);
  }

  private text(t: Text) {
    let data = t.data;
    if (data.length === 0 || (this.length === 0 && isBlank(data))) return;
    const parent = t.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      const el = parent?.nodeType === 1 ? (parent as Element) : ((parent as ShadowRoot | null)?.host ?? null);
      this.lastVisible = el ? this.vis.isTextVisible(el) && !this.hidesOwnText(el) : true;
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

  /**
   * Text directly inside a closed <details> (outside its summary) or a `hidden="until-found"` element is not
   * drawn, though checkVisibility() says the element itself is (it has a box; only its contents are skipped).
   */
  private hidesOwnText(el: Element): boolean {
    return el.hasAttribute('hidden') || (el.tagName === 'DETAILS' && !el.hasAttribute('open'));
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

/** Editing hosts: their text is the user's own, and changes with every key press. */
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

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
