/** Exit codes: every document scanned; some documents failed; the command line or a lexicon is wrong. */
export const EXIT_OK = 0;
export const EXIT_PARTIAL = 1;
export const EXIT_USAGE = 2;

/** A problem with the command line or the lexicons it names: nothing is scanned. */
export class UsageError extends Error {
  override name = 'UsageError';
}
