import { familyOf, getClause } from '../../utils/clauses';
import { MutationWatcher } from '../../utils/dom/mutations';
import type { PageMatch } from '../../utils/dom/page-match';
import type { MatchSetup } from '../../utils/dom/scan';
import type { Matcher } from '../../utils/match';
import type { Settings } from '../../utils/settings';
import { buildMatcher } from './config';
import { PageScanner, type ScanHost } from './scanner';
import { ShadowWatch } from './shadow-watch';

const ARTICLE_10 = 'bj-microblog-2011';

export type ModelChange = { full: true } | { full: false; removed: PageMatch[]; added: PageMatch[] };

/**
 * Everything that keeps the page read and matched: the matcher, the scanner and its model, the mutation
 * watcher on the document and every open shadow root, and the sweep for shadow roots attached later. Exists
 * while the frame is scanned; destroy() stops all of it.
 */
export class PageReading implements ScanHost {
  readonly scanner: PageScanner;
  readonly shadowRoots = new Set<ShadowRoot>();
  matcherMs = 0;
  private matcher: Pick<Matcher, 'match'>;
  private readonly abort = new AbortController();
  private readonly watcher: MutationWatcher;
  private readonly shadows: ShadowWatch;

  constructor(
    private readonly win: Window,
    private readonly config: () => { settings: Settings; packs: readonly unknown[] },
    private readonly out: { isOwnNode(node: Node): boolean; changed(change: ModelChange): void },
  ) {
    const signal = this.abort.signal;
    this.matcher = this.rebuildMatcher();
    this.scanner = new PageScanner(win.document, signal, this);
    this.shadows = new ShadowWatch(
      win.document,
      signal,
      () => this.shadowRoots,
      (roots) => {
        this.foundShadowRoots(roots);
        void this.scanner.reread(roots.map((r) => r.host));
      },
    );
    this.watcher = new MutationWatcher({
      win,
      signal,
      onBatch: (batch) => {
        this.shadows.poke();
        return this.scanner.apply(batch).then(() => undefined);
      },
    });
    this.watcher.observe(win.document);
  }

  /** Builds the matcher from the current packs and allow-list; returns it. */
  rebuildMatcher(): Pick<Matcher, 'match'> {
    const { settings, packs } = this.config();
    const built = buildMatcher(packs, settings.allowList);
    this.matcher = built.matcher;
    this.matcherMs = built.ms;
    return built.matcher;
  }

  rescan(): Promise<unknown> {
    return this.scanner.rescan();
  }

  destroy(): void {
    this.abort.abort();
    this.watcher.destroy();
  }

  // ScanHost

  setup(): MatchSetup {
    const { settings } = this.config();
    const enabled = new Set(settings.enabledDocuments);
    const options = { enabledDocuments: settings.enabledDocuments };
    const matcher = this.matcher;
    return {
      match: (text) => matcher.match(text, options),
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
      this.watcher.observe(r);
    }
  }

  isOwnNode(node: Node): boolean {
    return this.out.isOwnNode(node);
  }

  changed(change: ModelChange): void {
    if (change.full) this.shadows.start();
    this.out.changed(change);
  }
}
