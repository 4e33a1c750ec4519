import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { familyOf, getClause } from '../../utils/clauses';
import { itemAtPoint } from '../../utils/dom/hit-test';
import { MutationWatcher } from '../../utils/dom/mutations';
import type { PageMatch } from '../../utils/dom/page-match';
import { createPainter, type Painter } from '../../utils/dom/painter';
import { boundsOf } from '../../utils/dom/ranges';
import type { MatchSetup } from '../../utils/dom/scan';
import { offsetOf } from '../../utils/dom/segments';
import { resolveLang } from '../../utils/i18n';
import type { Matcher } from '../../utils/match';
import type {
  BackgroundToContent,
  ContentSnapshot,
  ContentState,
  PopupToContent,
} from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { CardUi } from './card-ui';
import { buildMatcher, isNeverScan, type Config } from './config';
import { settle } from './guard';
import { HoverTracker } from './hover';
import { scrollToMatch, stepFrom } from './navigation';
import { Reporter } from './report';
import { PageScanner, type ScanHost } from './scanner';
import { countClauses, summarize } from './state';

const ARTICLE_10 = 'bj-microblog-2011';

/**
 * One frame's ClauseMark: scans the page (PageScanner), draws (painter) or not (popup-only), shows the card,
 * answers the popup and keyboard commands, follows settings live, reports totals for the badge.
 */
export class Session implements ScanHost {
  private readonly abort = new AbortController();
  private scanAbort: AbortController | null = null;
  private settings: Settings;
  private packs: unknown[];
  private matcher: Pick<Matcher, 'match'> | null = null;
  private matcherMs: number | null = null;
  private scanner: PageScanner | null = null;
  private watcher: MutationWatcher | null = null;
  private painter: Painter<PageMatch> | null = null;
  private readonly card: CardUi;
  private readonly hover: HoverTracker;
  private readonly reporter: Reporter;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** per-tab overrides of the settings' defaults, from the popup */
  private tab: { visible?: boolean; hiddenFamilies?: string[] } = {};
  private focused: PageMatch | null = null;

  constructor(
    ctx: ContentScriptContext,
    config: Config,
    private readonly win: Window = window,
  ) {
    this.settings = config.settings;
    this.packs = config.packs;
    this.card = new CardUi(ctx, {
      lang: () => resolveLang(this.settings.uiLanguage),
    });
    this.hover = new HoverTracker(win, this.abort.signal, {
      matchAt: (x, y) => this.matchAt(x, y),
      shown: () => this.card.shown,
      isOwnNode: (n) => this.card.isOwnNode(n),
      show: (m) => void this.showCard(m, 'hover', false),
      hide: () => this.card.hide(),
    });
    this.reporter = new Reporter(() => this.totals());
  }

  start(): void {
    if (isNeverScan(this.settings, this.win.location)) return;
    const { matcher, ms } = buildMatcher(this.packs, this.settings.allowList);
    this.matcher = matcher;
    this.matcherMs = ms;
    this.scanAbort = new AbortController();
    const signal = AbortSignal.any([this.abort.signal, this.scanAbort.signal]);
    this.scanner = new PageScanner(this.win.document, signal, this);
    this.watcher = new MutationWatcher({
      win: this.win,
      signal,
      onBatch: (batch) => (this.scanner?.apply(batch) ?? Promise.resolve()).then(() => undefined),
    });
    this.watcher.observe(this.win.document);
    this.syncPainter();
    void this.scanner.rescan();
  }

  /** Stops reading the page (it became a never-scan site): nothing drawn, zero reported. */
  private stop(): void {
    this.scanAbort?.abort();
    this.scanAbort = null;
    this.watcher?.destroy();
    this.watcher = null;
    this.scanner = null;
    this.painter?.destroy();
    this.painter = null;
    this.card.hide();
    this.focused = null;
    this.reporter.send(this.totals());
  }

  /** Applies changed settings or packs live. */
  configure(change: Partial<Config>): void {
    const before = this.settings;
    if (change.settings) this.settings = change.settings;
    if (change.packs) this.packs = change.packs;
    const s = this.settings;
    const off = isNeverScan(s, this.win.location);
    if (off) {
      if (this.scanner) this.stop();
      return;
    }
    if (!this.scanner) {
      this.start();
      return;
    }
    const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
    if (change.packs || !sameList(before.allowList, s.allowList)) {
      const built = buildMatcher(this.packs, s.allowList);
      this.matcher = built.matcher;
      this.matcherMs = built.ms;
    }
    if (
      change.packs ||
      !sameList(before.allowList, s.allowList) ||
      !sameList(before.enabledDocuments, s.enabledDocuments)
    )
      void this.scanner.rescan();
    if (before.drawMode !== s.drawMode) this.syncPainter();
    this.applyView();
    if (before.uiLanguage !== s.uiLanguage) this.card.hide();
  }

  locationChanged(): void {
    this.card.hide();
    this.setFocus(null);
    void this.scanner?.rescan();
    this.reporter.schedule();
  }

  /** The frame is going away (or into the back/forward cache): its matches leave the badge. */
  pageHidden(): void {
    this.reporter.send({ url: this.win.location.href, total: 0, counts: {} });
  }

  pageShown(): void {
    this.reporter.send(this.totals(), true);
  }

  async handle(msg: PopupToContent | BackgroundToContent): Promise<unknown> {
    switch (msg.type) {
      case 'popup-to-content:get-state':
        return this.state();
      case 'popup-to-content:get-snapshot':
        return this.snapshot();
      case 'popup-to-content:reveal-match': {
        const pm = this.scanner?.model.matches()[msg.index];
        if (!pm) return { ok: false, error: `no match ${msg.index} (this frame has ${this.total()})` };
        await this.reveal(pm);
        return { ok: true, index: msg.index };
      }
      case 'popup-to-content:step-match':
      case 'background-to-content:step-match': {
        const list = this.scanner?.model.matches() ?? [];
        const pm = stepFrom(list, this.focused, msg.direction, new Set(this.hiddenFamilies));
        if (pm) await this.reveal(pm);
        return { ok: pm !== null, index: pm ? list.indexOf(pm) : null };
      }
      case 'popup-to-content:set-visibility':
        if (msg.visible !== undefined) this.tab.visible = msg.visible;
        if (msg.hiddenFamilies !== undefined) this.tab.hiddenFamilies = [...msg.hiddenFamilies];
        this.applyView();
        return { ok: true, visible: this.visible, hiddenFamilies: this.hiddenFamilies };
    }
  }

  destroy(): void {
    this.abort.abort();
    this.watcher?.destroy();
    this.painter?.destroy();
    this.card.destroy();
    this.reporter.destroy();
  }

  // ScanHost

  setup(): MatchSetup {
    const enabled = new Set(this.settings.enabledDocuments);
    const options = { enabledDocuments: this.settings.enabledDocuments };
    const matcher = this.matcher;
    return {
      match: (text) => matcher?.match(text, options) ?? [],
      classify: (m) => {
        const clauses = m.clauses.filter((c) => enabled.has(getClause(c)?.document ?? ''));
        const first = clauses.find((c) => getClause(c)?.document === ARTICLE_10) ?? clauses[0];
        return first ? { family: familyOf(first), clauses } : null;
      },
    };
  }

  foundShadowRoots(roots: readonly ShadowRoot[]): void {
    for (const r of roots) {
      this.shadowRoots.add(r);
      this.watcher?.observe(r);
    }
  }

  isOwnNode(node: Node): boolean {
    return this.card.isOwnNode(node);
  }

  changed(change: { full: true } | { full: false; removed: PageMatch[]; added: PageMatch[] }): void {
    const all = this.scanner?.model.matches() ?? [];
    if (change.full) this.painter?.paint(all);
    else this.painter?.update(change.removed, change.added);
    const gone = (m: PageMatch) => (change.full ? !all.includes(m) : change.removed.includes(m));
    if (this.focused && gone(this.focused)) this.setFocus(null);
    const shown = this.card.shown;
    if (shown && gone(shown.match)) this.card.hide();
    this.reporter.schedule();
  }

  // internals

  private get visible(): boolean {
    return this.tab.visible ?? this.settings.highlightsVisible;
  }

  private get hiddenFamilies(): string[] {
    return this.tab.hiddenFamilies ?? this.settings.hiddenFamilies;
  }

  private get inline(): boolean {
    return this.settings.drawMode === 'inline';
  }

  /** The painter exists exactly when drawing inline; popup-only draws nothing at all. */
  private syncPainter() {
    if (this.inline && !this.painter && this.scanner) {
      this.painter = createPainter<PageMatch>(this.win);
      this.painter.setVisible(this.visible);
      this.painter.setHiddenFamilies(this.hiddenFamilies);
      this.painter.paint(this.scanner.model.matches());
      if (this.focused) this.painter.focus(this.focused);
    } else if (!this.inline && this.painter) {
      this.painter.destroy();
      this.painter = null;
      this.card.hide();
    }
  }

  private applyView() {
    this.painter?.setVisible(this.visible);
    this.painter?.setHiddenFamilies(this.hiddenFamilies);
    const shown = this.card.shown;
    if (shown?.source === 'hover' && (!this.visible || this.hiddenFamilies.includes(shown.match.family)))
      this.card.hide();
  }

  private setFocus(pm: PageMatch | null) {
    this.focused = pm;
    this.painter?.focus(pm);
  }

  private async reveal(pm: PageMatch) {
    this.setFocus(pm);
    const rect = scrollToMatch(pm, this.win);
    await this.showCard(pm, 'reveal', true, rect);
  }

  private async showCard(pm: PageMatch, source: 'hover' | 'reveal', focus: boolean, at?: DOMRect | null) {
    if (!this.inline) return;
    const r = pm.range();
    const rect = at ?? (r && boundsOf(r, this.win.document));
    if (rect) await settle('card', () => this.card.show(pm, rect, source, focus));
  }

  private matchAt(x: number, y: number): PageMatch | undefined {
    const painter = this.painter;
    const model = this.scanner?.model;
    if (!painter || !model) return undefined;
    return itemAtPoint<PageMatch>(
      x,
      y,
      {
        candidates: (node, offset) => {
          const block = model.blockOf(node);
          if (!block) return [];
          const at = offsetOf(block, node, offset);
          return model.matchesIn(block).filter((m) => m.start <= at && at <= m.end);
        },
        rangeOf: (m) => m.range(),
        isDrawn: (m) => painter.isDrawn(m),
        itemOf: (r) => painter.itemOf(r),
        shadowRoots: () => [...this.shadowRoots].filter((r) => r.host.isConnected),
      },
      this.win.document,
    );
  }

  private total(): number {
    return this.scanner?.model.matches().length ?? 0;
  }

  private totals() {
    const matches = this.scanner?.model.matches() ?? [];
    return { url: this.win.location.href, total: matches.length, counts: countClauses(matches) };
  }

  private state(): ContentState {
    const scanner = this.scanner;
    const model = scanner?.model;
    const matches = model?.matches() ?? [];
    const shown = this.card.shown;
    const indexOf = (m: PageMatch | null | undefined) => {
      const i = m ? matches.indexOf(m) : -1;
      return i < 0 ? null : i;
    };
    return {
      ...this.totals(),
      visible: this.visible,
      hiddenFamilies: [...this.hiddenFamilies],
      focused: indexOf(this.focused),
      card: { shown: shown !== null, matchIndex: indexOf(shown?.match), text: this.card.text() },
      matches: model ? summarize(model) : [],
      status: !scanner ? 'off' : scanner.scanning ? 'scanning' : 'done',
      drawMode: this.settings.drawMode,
      timing: {
        firstPassStart: scanner?.firstPassStart ?? null,
        firstPassEnd: scanner?.firstPassEnd ?? null,
        matcherMs: this.matcherMs,
      },
    };
  }

  private snapshot(): ContentSnapshot {
    const model = this.scanner?.model;
    return {
      url: this.win.location.href,
      title: this.win.document.title,
      text: model?.text().text ?? '',
      matches: model ? summarize(model) : [],
    };
  }
}
