/** A write that failed and was rolled back: the message says what was not saved and why. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'interrupted' | 'invalid',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Wraps whatever a failed Dexie transaction threw into a StorageError naming what was not saved. */
export function storageFailure(error: unknown, what: string): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error))
    return new StorageError(
      `${what} was not saved: the browser's storage for ClauseMark is full (QuotaExceededError); nothing was changed`,
      'quota',
      { cause: error },
    );
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(`${what} was not saved (${name}: ${message}); nothing was changed`, 'interrupted', {
    cause: error,
  });
}

function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown; cause?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1))) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** "matches[12].clauseIds[0]" (or 'mapping[" odd key"]') from a validation path. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path)
    if (typeof key === 'number') out += `[${key}]`;
    else if (!/^[A-Za-z_$][\w$-]*$/.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out ? `.${String(key)}` : String(key);
  return out || '(top level)';
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Parses input with a schema; a misfit becomes a StorageError naming the path of the first bad field. */
export function parseInput<T>(
  schema: {
    safeParse(raw: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
  },
  raw: unknown,
  root = '',
): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StorageError(`${formatPath(issue?.path ?? [], root)}: ${issue?.message ?? 'invalid'}`, 'invalid');
}
