import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../../utils/dom/page-match';
import { createPainter, type Painter } from '../../utils/dom/painter';
import { boundsOf } from '../../utils/dom/ranges';
import { resolveLang } from '../../utils/i18n';
import type { BackgroundToContent, PopupToContent } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { CardUi, type CardSource } from './card-ui';
import { isNeverScan, type Config } from './config';
import { settle } from './guard';
import { matchAtPoint } from './hit';
import { HoverTracker } from './hover';
import { scrollToMatch, stepFrom } from './navigation';
import { PageReading, type ModelChange } from './reading';
import { Reporter } from './report';
import { buildSnapshot, buildState, countClauses } from './state';

/**
 * One frame's ClauseMark: reads the page (PageReading), draws it (painter) or not (popup-only), shows the
 * card, answers the popup and the keyboard commands, follows settings live, reports totals for the badge.
 */
export class Session {
  private readonly abort = new AbortController();
  private config: Config;
  private reading: PageReading | null = null;
  private painter: Painter<PageMatch> | null = null;
  private readonly card: CardUi;
  private readonly reporter: Reporter;
  /** per-tab overrides of the settings' defaults, from the popup */
  private tab: { visible?: boolean; hiddenFamilies?: string[] } = {};
  private focused: PageMatch | null = null;

  constructor(
    ctx: ContentScriptContext,
    config: Config,
    private readonly win: Window = window,
  ) {
    this.config = config;
    this.card = new CardUi(ctx, { lang: () => resolveLang(this.settings.uiLanguage) });
    new HoverTracker(win, this.abort.signal, {
      matchAt: (x, y) => {
        const model = this.reading?.scanner.model;
        if (!model || !this.painter) return undefined;
        return matchAtPoint(x, y, model, this.painter, this.reading?.shadowRoots ?? [], win.document);
      },
      shown: () => this.card.shown,
      isOwnNode: (n) => this.card.isOwnNode(n),
      show: (m) => void this.showCard(m, 'hover', false),
      hide: () => this.card.hide(),
    });
    this.reporter = new Reporter(() => this.totals());
  }

  private get settings(): Settings {
    return this.config.settings;
  }

  private get visible(): boolean {
    return this.tab.visible ?? this.settings.highlightsVisible;
  }

  private get hiddenFamilies(): string[] {
    return this.tab.hiddenFamilies ?? this.settings.hiddenFamilies;
  }

  private get inline(): boolean {
    return this.settings.drawMode === 'inline';
  }

  start(): void {
    if (this.reading || isNeverScan(this.settings, this.win.location)) return;
    this.reading = new PageReading(this.win, () => this.config, {
      isOwnNode: (n) => this.card.isOwnNode(n),
      changed: (change) => this.changed(change),
    });
    this.syncPainter();
    void this.reading.rescan();
  }

  /** Stops reading the page (it became a never-scan site): nothing drawn, zero reported. */
  private stop(): void {
    this.reading?.destroy();
    this.reading = null;
    this.painter?.destroy();
    this.painter = null;
    this.card.hide();
    this.focused = null;
    this.reporter.send(this.totals());
  }

  /** Applies changed settings or packs live. */
  configure(change: Partial<Config>): void {
    const before = this.settings;
    this.config = { ...this.config, ...change };
    const s = this.settings;
    if (isNeverScan(s, this.win.location)) return this.reading ? this.stop() : undefined;
    if (!this.reading) return this.start();
    const same = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
    const newMatcher = change.packs !== undefined || !same(before.allowList, s.allowList);
    if (newMatcher) this.reading.rebuildMatcher();
    if (newMatcher || !same(before.enabledDocuments, s.enabledDocuments)) void this.reading.rescan();
    if (before.drawMode !== s.drawMode) this.syncPainter();
    this.applyView();
    if (before.uiLanguage !== s.uiLanguage) this.card.hide();
  }

  locationChanged(): void {
    this.card.hide();
    this.setFocus(null);
    void this.reading?.rescan();
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
    const model = this.reading?.scanner.model ?? null;
    const matches = model?.matches() ?? [];
    switch (msg.type) {
      case 'popup-to-content:get-state': {
        const shown = this.card.shown;
        return buildState({
          url: this.win.location.href,
          model,
          scanning: this.reading?.scanner.scanning ?? false,
          visible: this.visible,
          hiddenFamilies: this.hiddenFamilies,
          focused: this.focused,
          card: shown ? { match: shown.match, text: this.card.text() } : null,
          drawMode: this.settings.drawMode,
          timing: {
            firstPassStart: this.reading?.scanner.firstPassStart ?? null,
            firstPassEnd: this.reading?.scanner.firstPassEnd ?? null,
            matcherMs: this.reading?.matcherMs ?? null,
          },
        });
      }
      case 'popup-to-content:get-snapshot':
        return buildSnapshot(this.win.location.href, this.win.document.title, model);
      case 'popup-to-content:reveal-match': {
        const pm = matches[msg.index];
        if (!pm) return { ok: false, error: `no match ${msg.index} (this frame has ${matches.length})` };
        await this.reveal(pm);
        return { ok: true, index: msg.index };
      }
      case 'popup-to-content:step-match':
      case 'background-to-content:step-match': {
        const pm = stepFrom(matches, this.focused, msg.direction, new Set(this.hiddenFamilies));
        if (pm) await this.reveal(pm);
        return { ok: pm !== null, index: pm ? matches.indexOf(pm) : null };
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
    this.reading?.destroy();
    this.painter?.destroy();
    this.card.destroy();
    this.reporter.destroy();
  }

  private changed(change: ModelChange): void {
    const all = this.reading?.scanner.model.matches() ?? [];
    if (change.full) this.painter?.paint(all);
    else this.painter?.update(change.removed, change.added);
    const gone = (m: PageMatch) => (change.full ? !all.includes(m) : change.removed.includes(m));
    if (this.focused && gone(this.focused)) this.setFocus(null);
    const shown = this.card.shown;
    if (shown && gone(shown.match)) this.card.hide();
    this.reporter.schedule();
  }

  /** The painter exists exactly when drawing inline; popup-only draws nothing at all. */
  private syncPainter() {
    const model = this.reading?.scanner.model;
    if (this.inline && !this.painter && model) {
      this.painter = createPainter<PageMatch>(this.win);
      this.painter.setVisible(this.visible);
      this.painter.setHiddenFamilies(this.hiddenFamilies);
      this.painter.paint(model.matches());
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

  private async showCard(pm: PageMatch, source: CardSource, focus: boolean, at?: DOMRect | null) {
    if (!this.inline) return;
    const r = pm.range();
    const rect = at ?? (r && boundsOf(r, this.win.document));
    if (rect) await settle('card', () => this.card.show(pm, rect, source, focus));
  }

  private totals() {
    const matches = this.reading?.scanner.model.matches() ?? [];
    return { url: this.win.location.href, total: matches.length, counts: countClauses(matches) };
  }
}
