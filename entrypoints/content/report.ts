import { browser } from 'wxt/browser';
import type { ContentToBackground } from '../../utils/messages';

type Report = Omit<Extract<ContentToBackground, { type: 'content-to-background:scan-report' }>, 'type'>;

/**
 * Tells the background this frame's totals (for the badge), at most every 250 ms and only when they
 * changed. The background may be asleep or reloading: a lost report is replaced by the next one.
 */
export class Reporter {
  private last = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly read: () => Report) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send(this.read());
    }, 250);
  }

  /** Sends now (e.g. zero when the frame goes away); repeated equal reports are skipped unless forced. */
  send(report: Report, force = false): void {
    const key = JSON.stringify(report);
    if (key === this.last && !force) return;
    this.last = key;
    const message: ContentToBackground = { type: 'content-to-background:scan-report', ...report };
    browser.runtime.sendMessage(message).catch(() => {
      // No listener (background restarting): the next change reports again.
      this.last = '';
    });
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}
