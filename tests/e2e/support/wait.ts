/**
 * Polls until `check` returns a value that `done` accepts, and returns it; on timeout returns the last value
 * seen, so the caller's assertion shows what the page actually reached instead of a bare "timed out".
 */
export async function settle<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 15_000, interval = 100 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await check();
      lastError = undefined;
      if (done(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > until) break;
    await sleep(interval);
  }
  if (last === undefined) throw lastError ?? new Error('settle: no value before the timeout');
  return last;
}

/** Waits until `check` gives the same value (by JSON) `quiet` ms in a row: for "nothing more will happen". */
export async function stable<T>(
  check: () => Promise<T>,
  { quiet = 600, timeout = 15_000, interval = 100 } = {},
): Promise<T> {
  const until = Date.now() + timeout;
  let last = JSON.stringify(await check());
  let since = Date.now();
  for (;;) {
    await sleep(interval);
    const value = await check();
    const now = JSON.stringify(value);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet || Date.now() > until) return value;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
