import { forEachText } from '../../utils/dom/compose';
import type { TextBlock } from '../../utils/dom/extract';
import { PageModel } from '../../utils/dom/model';
import { planBatch, type BatchPlan, type MutationBatch } from '../../utils/dom/mutations';
import type { PageMatch } from '../../utils/dom/page-match';
import { extractSliced, matchBlocks, type MatchSetup } from '../../utils/dom/scan';
import { Slicer } from '../../utils/dom/scheduler';
import { createVisibility } from '../../utils/dom/visibility';
import { settle } from './guard';

/** What the scanner needs from the rest of the content script. */
export interface ScanHost {
  setup(): MatchSetup;
  /** shadow roots found while reading: to be observed too */
  foundShadowRoots(roots: readonly ShadowRoot[]): void;
  /** the card host: not page content */
  isOwnNode(node: Node): boolean;
  /** the model changed: everything (full scan) or these matches */
  changed(change: { full: true } | { full: false; removed: PageMatch[]; added: PageMatch[] }): void;
}

/** At most one full rescan per this many ms: a page that rebuilds itself continuously costs bounded work. */
const FULL_RESCAN_INTERVAL = 1000;

/**
 * Keeps the page model up to date: full scans (first pass, settings changes, navigation, big changes) and
 * incremental updates from batches of DOM changes, one at a time in a queue, each read and matched in slices.
 */
export class PageScanner {
  readonly model = new PageModel();
  firstPassStart: number | null = null;
  firstPassEnd: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastFull = -Infinity;
  private fullPending = false;
  private fullRunning = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly host: ScanHost,
  ) {}

  /** A full scan is waiting or running. */
  get scanning(): boolean {
    return this.fullPending || this.fullRunning;
  }

  /** Queues a full rescan (coalesced with one already waiting). */
  rescan(): Promise<unknown> {
    if (this.fullPending) return this.queue;
    this.fullPending = true;
    return this.enqueue(() => this.full());
  }

  /** Applies a batch of DOM changes (queued after whatever is running). */
  apply(batch: MutationBatch): Promise<unknown> {
    return this.enqueue(() => this.incremental(batch));
  }

  private enqueue(task: () => Promise<void>): Promise<unknown> {
    this.queue = this.queue.then(() => settle('page scan', task));
    return this.queue;
  }

  private async full(): Promise<void> {
    const wait = this.lastFull + FULL_RESCAN_INTERVAL - performance.now();
    if (wait > 0) await sleep(wait, this.signal);
    if (this.signal.aborted) return;
    this.fullPending = false;
    this.fullRunning = true;
    try {
      await this.readAll();
    } finally {
      this.fullRunning = false;
    }
  }

  private async readAll(): Promise<void> {
    this.lastFull = performance.now();
    this.firstPassStart ??= this.lastFull;
    const slicer = new Slicer(this.signal);
    const walker = await extractSliced(
      this.doc,
      { visibility: createVisibility(this.doc.defaultView ?? window) },
      slicer,
    );
    this.host.foundShadowRoots(walker.shadowRoots);
    const matches = await matchBlocks(walker.blocks, this.host.setup(), slicer);
    // Indexing 100,000 nodes and drawing take a task of their own.
    await slicer.pause();
    this.model.reset(walker.blocks, matches);
    this.host.changed({ full: true });
    this.firstPassEnd ??= performance.now();
  }

  /** Reads these subtrees again (e.g. hosts of shadow roots attached after they were read). */
  reread(scopes: readonly Node[]): Promise<unknown> {
    return this.enqueue(() => this.applyPlan({ full: false, deep: [...scopes], shallow: [], removed: [] }));
  }

  private async incremental(batch: MutationBatch): Promise<void> {
    // A full rescan already waiting in the queue reads these changes too.
    if (this.fullPending) return;
    if (batch.overflow) return this.fullNow();
    return this.applyPlan(planBatch(batch.records, { ignore: (n) => this.host.isOwnNode(n) }));
  }

  private async applyPlan(plan: BatchPlan): Promise<void> {
    if (this.fullPending) return;
    if (plan.full) return this.fullNow();
    if (plan.deep.length + plan.shallow.length + plan.removed.length === 0) return;

    const stale = new Set<TextBlock>();
    for (const n of plan.removed)
      forEachText(n, (t) => {
        const b = this.model.blockOf(t);
        if (b) stale.add(b);
      });
    const slicer = new Slicer(this.signal);
    const visibility = createVisibility(this.doc.defaultView ?? window);
    const added: TextBlock[] = [];
    const reread = new Set<Node>();
    for (const scope of plan.deep) {
      if (!scope.isConnected) continue;
      const w = await extractSliced(scope, { visibility }, slicer);
      added.push(...w.blocks);
      this.host.foundShadowRoots(w.shadowRoots);
      reread.add((scope as Element).shadowRoot ?? scope);
    }
    for (const owner of plan.shallow) {
      if (!owner.isConnected) continue;
      const w = await extractSliced(owner, { visibility, shallow: true }, slicer);
      added.push(...w.blocks);
      reread.add(owner);
    }
    let addedChars = 0;
    for (const b of added) addedChars += b.text.length;
    // More new text than the page had: a new page in all but name, cheaper to read whole.
    if (addedChars > Math.max(this.model.length, 100_000)) return this.fullNow();
    const matches = await matchBlocks(added, this.host.setup(), slicer);
    const { removed, added: fresh } = this.model.apply({ stale, rereadOwners: reread, added, matches });
    if (removed.length + fresh.length > 0) this.host.changed({ full: false, removed, added: fresh });
  }

  private fullNow(): Promise<void> {
    this.fullPending = true;
    return this.full();
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const id = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        resolve();
      },
      { once: true },
    );
  });
}
