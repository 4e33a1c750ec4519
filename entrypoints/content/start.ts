import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadConfig, watchConfig } from './config';
import { guarded, settle } from './guard';
import { listenForMessages } from './messages';
import { Session } from './session';

/** Starts ClauseMark in this frame; everything it sets up ends with the context (extension reload/update). */
export function startClauseMark(ctx: ContentScriptContext): void {
  const session = settle('start', async () => {
    const config = await loadConfig();
    if (ctx.isInvalid) return undefined;
    const s = new Session(ctx, config);
    ctx.onInvalidated(() => s.destroy());
    ctx.onInvalidated(watchConfig(guarded('settings change', (change) => s.configure(change))));
    ctx.addEventListener(
      window,
      'wxt:locationchange',
      guarded('navigation', () => s.locationChanged()),
    );
    ctx.addEventListener(
      window,
      'pagehide',
      guarded('pagehide', () => s.pageHidden()),
    );
    ctx.addEventListener(
      window,
      'pageshow',
      guarded('pageshow', (e: PageTransitionEvent) => {
        if (e.persisted) s.pageShown();
      }),
    );
    s.start();
    return s;
  });
  listenForMessages(session, ctx.signal);
}
