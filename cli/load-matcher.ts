import { readFile } from 'node:fs/promises';
import {
  LexiconError,
  createMatcher,
  parseLexicon,
  parseLexiconText,
  type Matcher,
  type ResolvedEntry,
} from '../utils/match';
import { PackError, importPack, packIdFor } from '../utils/packs';
import type { ScanOptions } from './args';
import { UsageError } from './errors';
import { packMapping } from './pack-mapping';

async function readText(file: string, what: string): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (err) {
    throw new UsageError(`${file}: cannot read the ${what}: ${(err as Error).message}`);
  }
}

/** The default lexicon, loaded only when it is used, so --no-default runs never depend on its files. */
async function defaults(): Promise<ResolvedEntry[]> {
  try {
    const { defaultEntries } = await import('../utils/lexicon');
    return defaultEntries();
  } catch (err) {
    if (!(err instanceof LexiconError || err instanceof SyntaxError)) throw err;
    throw new UsageError(
      `the default lexicon cannot be loaded: ${err.message} (--no-default scans without it)`,
    );
  }
}

/** A lexicon id not yet taken, so entries of two packs from files of the same name stay apart. */
function freeId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Every entry to match with: the default lexicon (unless --no-default), each --lexicon file and each --pack
 * keyword list. Any bad file is a usage error naming the file, the entry or line, and the reason.
 */
export async function loadEntries(o: ScanOptions): Promise<ResolvedEntry[]> {
  // The mapping comes first: a mistake in it is reported before any lexicon is loaded.
  const mapping = o.packs.length > 0 ? await packMapping(o.maps, o.packConfig) : {};
  const entries: ResolvedEntry[] = o.useDefault ? [...(await defaults())] : [];
  const taken = new Set(entries.map((e) => e.lexicon));
  try {
    for (const file of o.lexicons) {
      const parsed = parseLexiconText(await readText(file, 'lexicon'), file);
      taken.add(parsed.lexicon.id);
      entries.push(...parsed.entries);
    }
    for (const file of o.packs) {
      const text = await readText(file, 'keyword list');
      const pack = importPack(text, file, mapping, {
        id: freeId(packIdFor(file), taken),
        unmapped: o.skipUnmapped ? 'skip' : 'error',
      });
      entries.push(...parseLexicon(pack.lexicon, file).entries);
    }
  } catch (err) {
    if (err instanceof LexiconError || err instanceof PackError) throw new UsageError(err.message);
    throw err;
  }
  return entries;
}

export async function loadMatcher(o: ScanOptions): Promise<Matcher> {
  return createMatcher(await loadEntries(o));
}
