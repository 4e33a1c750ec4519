/**
 * Cooperative time slicing: work runs in slices of a few milliseconds and gives the main thread back between
 * them, so scanning a large page never blocks input or painting for long. An AbortSignal stops it at the next
 * slice boundary.
 */

type Yield = () => Promise<void>;

let channelYield: Yield | undefined;

/** Gives the main thread back: scheduler.yield() where available, else a MessageChannel task, else a timer. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    // A private channel (never window.postMessage, which the page can see), queued after pending input.
    channelYield ??= (() => {
      const channel = new MessageChannel();
      const waiting: (() => void)[] = [];
      channel.port1.onmessage = () => waiting.shift()?.();
      return () =>
        new Promise<void>((resolve) => {
          waiting.push(resolve);
          channel.port2.postMessage(null);
        });
    })();
    return channelYield();
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

export class Slicer {
  private deadline = 0;
  /** longest slice so far, ms (for measurement) */
  longest = 0;
  private started = 0;

  constructor(
    private readonly signal?: AbortSignal,
    readonly budgetMs = 8,
  ) {
    this.begin();
  }

  /** performance.now() time at which the current slice should end */
  get until(): number {
    return this.deadline;
  }

  expired(): boolean {
    return performance.now() > this.deadline;
  }

  /** Ends the slice: yields, then throws AbortedError if the signal fired meanwhile. */
  async pause(): Promise<void> {
    this.longest = Math.max(this.longest, performance.now() - this.started);
    this.check();
    await yieldToMain();
    this.check();
    this.begin();
  }

  /** Pauses only when the slice's time is up. */
  async maybePause(): Promise<void> {
    if (this.expired()) await this.pause();
  }

  check(): void {
    if (this.signal?.aborted) throw new AbortedError();
  }

  private begin() {
    this.started = performance.now();
    this.deadline = this.started + this.budgetMs;
  }
}

export const isAbort = (err: unknown): boolean => err instanceof AbortedError;
