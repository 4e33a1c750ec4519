import { parseArgs } from 'node:util';
import { DEFAULT_DOCUMENTS, getDocument } from '../utils/clauses';
import type { InputMode } from './documents';
import { UsageError } from './errors';

export type OutputFormat = 'jsonl' | 'csv';

export interface ScanOptions {
  help: boolean;
  input: InputMode;
  format: OutputFormat;
  lexicons: string[];
  useDefault: boolean;
  packs: string[];
  maps: string[];
  packConfig: string | undefined;
  skipUnmapped: boolean;
  /** documents whose clauses may be reported as implied: those on by default plus --enable-documents */
  enabledDocuments: string[];
  files: string[];
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
}

/** Reads the options of `clausemark scan`; throws UsageError naming the bad option. */
export function parseScanArgs(argv: string[]): ScanOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        input: { type: 'string' },
        format: { type: 'string' },
        lexicon: { type: 'string', multiple: true },
        'no-default': { type: 'boolean' },
        pack: { type: 'string', multiple: true },
        map: { type: 'string', multiple: true },
        'pack-config': { type: 'string' },
        'skip-unmapped': { type: 'boolean' },
        'enable-documents': { type: 'string', multiple: true },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const enabled = new Set(DEFAULT_DOCUMENTS);
  for (const list of v['enable-documents'] ?? [])
    for (const id of list.split(',').map((s) => s.trim())) {
      if (!id) continue;
      if (!getDocument(id))
        throw new UsageError(`--enable-documents: unknown document ${JSON.stringify(id)}`);
      enabled.add(id);
    }
  const packs = v.pack ?? [];
  const maps = v.map ?? [];
  if (packs.length === 0 && (maps.length > 0 || v['pack-config'] !== undefined))
    throw new UsageError('--map and --pack-config map the categories of a --pack FILE; no --pack was given');
  if (packs.length > 0 && maps.length === 0 && v['pack-config'] === undefined)
    throw new UsageError(
      "--pack needs a mapping from its categories to clause ids: --map 'CATEGORY=CLAUSE,…' or --pack-config FILE",
    );
  if (v['no-default'] && !v.lexicon?.length && packs.length === 0)
    throw new UsageError('--no-default leaves nothing to match with: give --lexicon FILE or --pack FILE');
  return {
    help: v.help ?? false,
    input: oneOf('input', v.input, ['text', 'html', 'jsonl'], 'text'),
    format: oneOf('format', v.format, ['jsonl', 'csv'], 'jsonl'),
    lexicons: v.lexicon ?? [],
    useDefault: !v['no-default'],
    packs,
    maps,
    packConfig: v['pack-config'],
    skipUnmapped: v['skip-unmapped'] ?? false,
    enabledDocuments: [...enabled],
    files: parsed.positionals,
  };
}
