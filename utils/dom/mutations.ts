import { isBlockElement, isSkippedElement } from './blocks';
import { composedParent, ownerOf, ownerWithin } from './compose';
import { BlockWalker } from './extract';

/** What a batch of DOM changes asks to re-read. */
export interface BatchPlan {
  /** re-read everything (too many changes, or the document's body itself changed) */
  full: boolean;
  /** subtrees re-read whole (added block elements, shadow hosts whose slotting may have changed) */
  deep: Node[];
  /** owners whose own runs are re-read (text changed, inline content added or removed) */
  shallow: Node[];
  /** nodes taken out of the page: the blocks holding their text go */
  removed: Node[];
}

export interface PlanOptions {
  /** nodes that are not page content (the card host) */
  ignore?: (node: Node) => boolean;
  /** more records than this: one full rescan instead */
  maxRecords?: number;
}

const isTopLevel = (n: Node) => {
  if (n.nodeType === 9) return true;
  const doc = n.ownerDocument;
  return !!doc && (n === doc.documentElement || n === doc.body);
};

/**
 * Turns mutation records into the smallest set of scopes to re-read. Nodes inside other added nodes, and
 * scopes inside other deep scopes, are dropped; an inline element that was added re-reads its owner's runs
 * and the block elements inside it.
 */
export function planBatch(records: readonly MutationRecord[], options: PlanOptions = {}): BatchPlan {
  const ignore = options.ignore ?? (() => false);
  const full: BatchPlan = { full: true, deep: [], shallow: [], removed: [] };
  if (records.length > (options.maxRecords ?? 1000)) return full;
  const deep = new Set<Node>();
  const shallow = new Set<Node>();
  const removed: Node[] = [];

  for (const r of records) {
    const target = r.target;
    if (r.type === 'characterData') {
      if (target.isConnected) shallow.add(ownerOf(target));
      continue;
    }
    if (r.type !== 'childList') continue;
    let touched = false;
    for (const n of Array.from(r.removedNodes)) {
      if (ignore(n) || !carriesText(n)) continue;
      removed.push(n);
      touched = true;
    }
    for (const n of Array.from(r.addedNodes)) {
      if (ignore(n) || !carriesText(n)) continue;
      touched = true;
      if (!n.isConnected) continue;
      if (n.nodeType === 1 && isBlockElement(n as Element)) {
        if (isTopLevel(n)) return full;
        deep.add(n);
      } else {
        shallow.add(ownerOf(n));
        if (n.nodeType === 1) {
          const w = new BlockWalker(n, { shallow: true });
          w.run();
          for (const nested of w.nested) deep.add(nested);
        }
      }
    }
    if (!touched || !target.isConnected) continue;
    if (isTopLevel(target) && r.removedNodes.length > 0 && r.addedNodes.length > 0) return full;
    // A shadow host's light children are drawn through slots: which slot shows what may have changed.
    if (target.nodeType === 1 && (target as Element).shadowRoot) deep.add(target);
    else if (r.removedNodes.length > 0) shallow.add(ownerWithin(target));
  }

  for (const s of deep) if (isTopLevel(s)) return full;
  const insideDeep = (n: Node, self: boolean) => {
    for (let p: Node | null = self ? n : composedParent(n); p; p = composedParent(p))
      if (deep.has(p)) return true;
    return false;
  };
  const deepList = [...deep].filter((s) => !insideDeep(s, false));
  const shallowList = [...shallow].filter((o) => !insideDeep(o, true) && !isTopLevelOwnerOfEverything(o));
  return { full: false, deep: deepList, shallow: shallowList, removed };
}

/** Comments, processing instructions and scripts never change the text. */
function carriesText(n: Node): boolean {
  if (n.nodeType === 3) return true;
  if (n.nodeType === 1) return !isSkippedElement(n as Element);
  return n.nodeType === 11;
}

/** The document node itself as an owner: re-reading its own runs is re-reading the page. */
function isTopLevelOwnerOfEverything(o: Node): boolean {
  return o.nodeType === 9;
}

export interface MutationBatch {
  records: MutationRecord[];
  /** records were dropped because too many came at once: rescan everything */
  overflow: boolean;
}

export interface WatcherOptions {
  win?: Window;
  signal: AbortSignal;
  /** processes one batch; the next is not started before it settles */
  onBatch(batch: MutationBatch): Promise<void>;
  /** a batch is processed at least this long after the previous one ended */
  minIntervalMs?: number;
  /** an idle callback waits at most this long */
  idleTimeoutMs?: number;
  maxPending?: number;
}

/**
 * Collects DOM changes (childList, characterData, subtree) on the document and on open shadow roots, and
 * hands them over in batches in idle time, one batch at a time and no more often than minIntervalMs: a page
 * that changes itself continuously costs bounded work, and never a loop.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private pending: MutationRecord[] = [];
  private overflow = false;
  private scheduled = false;
  private busy = false;
  private lastEnd = 0;
  private readonly win: Window;

  constructor(private readonly options: WatcherOptions) {
    this.win = options.win ?? window;
    const MO = (this.win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
    this.observer = new MO((records) => this.collect(records));
    options.signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  observe(root: Node): void {
    if (this.options.signal.aborted || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private collect(records: MutationRecord[]) {
    if (this.overflow) return;
    for (const r of records) this.pending.push(r);
    if (this.pending.length > (this.options.maxPending ?? 5000)) {
      this.pending = [];
      this.overflow = true;
    }
    this.schedule();
  }

  private schedule() {
    if (this.scheduled || this.busy || this.options.signal.aborted) return;
    this.scheduled = true;
    const wait = Math.max(0, this.lastEnd + (this.options.minIntervalMs ?? 100) - performance.now());
    const idle = (this.win as Window & { requestIdleCallback?: typeof requestIdleCallback })
      .requestIdleCallback;
    const timeout = this.options.idleTimeoutMs ?? 100;
    const start = () => {
      if (typeof idle === 'function') idle.call(this.win, () => void this.flush(), { timeout });
      else this.win.setTimeout(() => void this.flush(), 20);
    };
    if (wait > 0) this.win.setTimeout(start, wait);
    else start();
  }

  private async flush() {
    this.scheduled = false;
    if (this.options.signal.aborted) return;
    this.busy = true;
    try {
      const records = this.pending.concat(this.observer.takeRecords());
      const overflow = this.overflow;
      this.pending = [];
      this.overflow = false;
      if (records.length > 0 || overflow) await this.options.onBatch({ records, overflow });
    } catch (err) {
      // Runs from an idle callback: nothing may reach the page, so report here.
      console.error('[clausemark] page changes:', err);
    } finally {
      this.busy = false;
      this.lastEnd = performance.now();
      if (this.pending.length > 0 || this.overflow) this.schedule();
    }
  }

  destroy(): void {
    this.observer.disconnect();
    this.pending = [];
  }
}
