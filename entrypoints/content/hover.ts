import type { PageMatch } from '../../utils/dom/page-match';
import { guarded } from './guard';

export interface HoverDeps {
  /** the drawn match under a viewport point */
  matchAt(x: number, y: number): PageMatch | undefined;
  /** the match the card shows and why, if it is shown */
  shown(): { match: PageMatch; source: 'hover' | 'reveal'; anchor: DOMRect } | null;
  isOwnNode(node: Node): boolean;
  show(match: PageMatch): void;
  hide(): void;
}

const SHOW_DELAY = 120;
const HIDE_DELAY = 300;

/**
 * Shows the card when the pointer rests on a drawn match. The Highlight API has no events, so pointer
 * moves are sampled once per animation frame (passive listeners) and hit-tested; the card appears after a
 * short rest and goes after a short absence, so sweeping across text does not flash cards. Moving onto the
 * card keeps it.
 */
export class HoverTracker {
  private x = 0;
  private y = 0;
  private frame = 0;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: PageMatch | null = null;
  /** the pointer is on the card, having come to it from its match (or the card was revealed) */
  private overCard = false;
  /** the pointer's last position off the card was on or right next to the card's match */
  private nearMatch = false;

  constructor(
    private readonly win: Window,
    signal: AbortSignal,
    private readonly deps: HoverDeps,
  ) {
    const opts = { capture: true, passive: true, signal };
    win.addEventListener(
      'pointermove',
      guarded('hover', (e: PointerEvent) => this.move(e)),
      opts,
    );
    win.addEventListener(
      'pointerdown',
      guarded('hover', (e: PointerEvent) => {
        if (deps.shown() && !this.isOverCard(e)) this.hideNow();
      }),
      opts,
    );
    win.addEventListener(
      'scroll',
      guarded('hover', () => {
        if (deps.shown()?.source === 'hover') this.hideNow();
      }),
      opts,
    );
    win.document.addEventListener(
      'pointerleave',
      guarded('hover', () => {
        this.overCard = false;
        this.scheduleHide();
      }),
      opts,
    );
    win.addEventListener(
      'keydown',
      guarded('hover', (e: KeyboardEvent) => {
        if (e.key === 'Escape' && deps.shown()) this.hideNow();
      }),
      opts,
    );
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  private move(e: PointerEvent) {
    this.x = e.clientX;
    this.y = e.clientY;
    const shown = this.deps.shown();
    if (shown && this.isOverCard(e)) {
      // Only a pointer travelling from the match onto its card keeps the card; one arriving from elsewhere
      // (the card may cover other text) lets it go, so what lies under it can be pointed at next.
      if (!this.overCard) this.overCard = this.nearMatch || shown.source === 'reveal';
    } else {
      this.overCard = false;
      this.nearMatch = !!shown && near(shown.anchor, this.x, this.y);
    }
    this.requestCheck();
  }

  private requestCheck() {
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(guarded('hover', () => this.check()));
  }

  private isOverCard(e: Event): boolean {
    return e.composedPath().some((n) => n instanceof Node && this.deps.isOwnNode(n));
  }

  private check() {
    this.frame = 0;
    if (this.overCard) {
      this.clearHide();
      return;
    }
    const hit = this.deps.matchAt(this.x, this.y);
    const shown = this.deps.shown();
    if (hit && shown?.match === hit) {
      this.clearHide();
      this.clearShow();
      return;
    }
    if (hit) {
      if (this.pending !== hit) {
        this.clearShow();
        this.pending = hit;
        this.showTimer = setTimeout(
          guarded('hover', () => {
            this.pending = null;
            this.showTimer = undefined;
            this.clearHide();
            this.deps.show(hit);
          }),
          SHOW_DELAY,
        );
      }
      return;
    }
    this.clearShow();
    if (shown?.source === 'hover') this.scheduleHide();
  }

  private scheduleHide() {
    if (this.hideTimer !== undefined || !this.deps.shown() || this.overCard) return;
    this.hideTimer = setTimeout(
      guarded('hover', () => {
        this.hideTimer = undefined;
        if (!this.overCard && this.deps.shown()?.source === 'hover') {
          this.deps.hide();
          // Whatever the card covered is under the pointer now.
          this.requestCheck();
        }
      }),
      HIDE_DELAY,
    );
  }

  private hideNow() {
    this.cancel();
    this.deps.hide();
  }

  private clearShow() {
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.pending = null;
  }

  private clearHide() {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private cancel() {
    this.clearShow();
    this.clearHide();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

const NEAR = 12;
function near(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left - NEAR && x <= r.right + NEAR && y >= r.top - NEAR && y <= r.bottom + NEAR;
}
