import { readFile } from 'node:fs/promises';
import { CategoryMapping } from '../utils/packs';
import { UsageError } from './errors';

/** Reads a --pack-config file: a JSON object {"category": ["clause id", …]}. */
async function readConfig(file: string): Promise<CategoryMapping> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: cannot read the mapping: ${(err as Error).message}`);
  }
  const parsed = CategoryMapping.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : '(top level)';
    throw new UsageError(
      `${file}: ${where}: ${issue?.message ?? 'invalid'} (expected {"category": ["clause id", …]})`,
    );
  }
  return parsed.data;
}

/**
 * The category mapping from --pack-config and the --map options ('CATEGORY=ID,ID'; the category is
 * everything before the last "=", "*" for all categories). --map adds to or overrides the config file.
 */
export async function packMapping(maps: string[], configFile: string | undefined): Promise<CategoryMapping> {
  const mapping: CategoryMapping = configFile ? await readConfig(configFile) : {};
  const fromArgs = new Map<string, string[]>();
  for (const m of maps) {
    const eq = m.lastIndexOf('=');
    if (eq < 0) throw new UsageError(`--map ${JSON.stringify(m)}: expected CATEGORY=CLAUSE_ID[,CLAUSE_ID…]`);
    const category = m.slice(0, eq).trim();
    const ids = m
      .slice(eq + 1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) throw new UsageError(`--map ${JSON.stringify(m)}: no clause id after "="`);
    fromArgs.set(category, [...(fromArgs.get(category) ?? []), ...ids]);
  }
  for (const [category, ids] of fromArgs) mapping[category] = [...new Set(ids)];
  return mapping;
}
