import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Card } from '../../components/card/Card';
import { CARD_CSS } from '../../components/card/styles';
import { cardView } from '../../components/card/view-model';
import type { Lang } from '../../utils/i18n';
import { CARD_TAG } from '../../utils/dom/blocks';
import type { PageMatch } from '../../utils/dom/page-match';
import type { ContentToBackground } from '../../utils/messages';
import { reportError } from './guard';

export type CardSource = 'hover' | 'reveal';

const GAP = 6;
const MARGIN = 8;

/**
 * The hover card in a closed shadow root (WXT's createShadowRootUi). Its host, <clausemark-card>, is the only
 * element ClauseMark adds to a page, and only while the card is shown.
 */
export class CardUi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private container: HTMLElement | null = null;
  private current: { match: PageMatch; source: CardSource; anchor: DOMRect } | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: {
      lang: () => Lang;
    },
  ) {}

  /** The match the card shows, while its host is in the page. */
  get shown(): { match: PageMatch; source: CardSource; anchor: DOMRect } | null {
    return this.current && this.ui?.shadowHost.isConnected ? this.current : null;
  }

  isOwnNode(node: Node): boolean {
    return node === this.ui?.shadowHost || (node.nodeType === 1 && (node as Element).tagName === CARD_TAG);
  }

  /** The card's rendered text (the shadow root is closed, so this is how tests and the popup read it). */
  text(): string {
    return this.shown ? (this.container?.textContent ?? '') : '';
  }

  async show(match: PageMatch, anchor: DOMRect, source: CardSource, focus: boolean): Promise<void> {
    const ui = await this.ensureUi();
    if (!ui.shadowHost.isConnected) ui.mount();
    const container = this.container;
    if (!container) return;
    if (focus && !this.shown) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && !this.isOwnNode(active) ? active : null;
    }
    this.current = { match, source, anchor };
    const m = match.match;
    const view = cardView(
      {
        text: m.text,
        term: m.term,
        base: m.base,
        variant: m.variant,
        steps: m.steps,
        clauses: match.clauses,
        implied: m.implied,
        note: m.note,
      },
      this.options.lang(),
    );
    render(
      h(Card, {
        view,
        clauseUrl: (id: string) => browser.runtime.getURL(`/popup.html?clause=${encodeURIComponent(id)}`),
        onOpenClause: (id: string) => this.openClause(id),
        onClose: () => this.hide(),
      }),
      container,
    );
    this.place(anchor);
    if (focus) (container.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** Puts the card under the match, or above it when there is no room below, inside the viewport. */
  place(anchor: DOMRect): void {
    const card = this.container?.querySelector('.card') as HTMLElement | null;
    if (!card) return;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = document.documentElement.clientHeight || window.innerHeight;
    const { width, height } = card.getBoundingClientRect();
    let top = anchor.bottom + GAP;
    if (top + height > vh - MARGIN && anchor.top - GAP - height >= MARGIN) top = anchor.top - GAP - height;
    const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, vw - width - MARGIN));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
  }

  hide(): void {
    if (!this.current) return;
    this.current = null;
    // Focus inside a closed shadow root shows as the host being the active element.
    const hadFocus = !!this.ui && document.activeElement === this.ui.shadowHost;
    this.ui?.remove();
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  destroy(): void {
    this.current = null;
    this.ui?.remove();
  }

  private openClause(clauseId: string) {
    const message: ContentToBackground = { type: 'content-to-background:open-clause', clauseId };
    browser.runtime.sendMessage(message).catch((err: unknown) => reportError('open clause', err));
  }

  private ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    this.creating ??= createShadowRootUi<void>(this.ctx, {
      name: CARD_TAG.toLowerCase(),
      position: 'inline',
      anchor: () => document.documentElement,
      mode: 'closed',
      css: CARD_CSS,
      onMount: (container) => {
        this.container = container;
      },
      onRemove: () => {
        if (this.container) render(null, this.container);
      },
    }).then((ui) => (this.ui = ui));
    return this.creating;
  }
}
