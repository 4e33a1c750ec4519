import { Slicer } from '../../utils/dom/scheduler';
import { findNewShadowRoots } from '../../utils/dom/shadow-sweep';
import { settle } from './guard';

const FIRST = 1000;
const LONGEST = 30_000;

/**
 * Looks for open shadow roots attached after their host was read (which makes no mutation record): a sweep
 * in idle slices, first a second after it starts, then ever less often while the page is still, stopping
 * after a 30 s wait, and soon again after the page changes. Hidden tabs are not swept.
 */
export class ShadowWatch {
  private delay = FIRST;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt = Infinity;
  private started = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly known: () => ReadonlySet<ShadowRoot>,
    private readonly found: (roots: ShadowRoot[]) => void,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule();
  }

  /** The page changed: components may have attached new shadow roots, so look again soon. */
  poke(): void {
    this.delay = FIRST;
    if (this.started && (this.timer === undefined || this.dueAt > performance.now() + FIRST)) this.schedule();
  }

  private schedule() {
    clearTimeout(this.timer);
    if (this.signal.aborted) return;
    this.dueAt = performance.now() + this.delay;
    this.timer = setTimeout(() => void settle('shadow roots', () => this.sweep()), this.delay);
  }

  private async sweep() {
    if (!this.doc.hidden) {
      const roots = await findNewShadowRoots(this.doc, this.known(), new Slicer(this.signal));
      if (roots.length > 0) this.found(roots);
    }
    // Back off while the page is still, and stop once it has been still for the longest delay: poke() restarts.
    if (this.delay >= LONGEST) {
      this.timer = undefined;
      return;
    }
    this.delay = Math.min(this.delay * 2, LONGEST);
    this.schedule();
  }
}
