import { isAbort } from '../../utils/dom/scheduler';

/**
 * Nothing thrown in the content script may reach the page: every entry point (event handlers, message
 * handlers, timers, promise chains) goes through these, and errors are reported with a [clausemark] prefix.
 */
export function reportError(where: string, err: unknown): void {
  if (isAbort(err)) return;
  try {
    console.error(`[clausemark] ${where}:`, err);
  } catch {
    // A page cannot replace the isolated world's console, but a failing console must not throw either.
  }
}

export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (err) {
      reportError(where, err);
    }
  };
}

/** Runs an async task, reporting instead of rejecting. */
export async function settle<T>(where: string, task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task();
  } catch (err) {
    reportError(where, err);
    return undefined;
  }
}
