import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagPage } from '../../utils/db/flag';
import { collect, exportLibrary, importLibrary } from '../../utils/export';
import { A, buildSampleLibrary, capture, dumpTables, makeDb } from '../fixtures/db/library';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

let valid: Json;
beforeAll(async () => {
  const db = makeDb();
  await buildSampleLibrary(db);
  valid = JSON.parse(
    await collect(exportLibrary(db, 'json', {}, { exportedAt: '2026-03-08T00:00:00.000Z' })),
  );
  db.close();
});

/** Every path into a JSON value, the root included. */
function paths(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Mutation =
  | { op: 'delete' }
  | { op: 'replace'; value: Json }
  | { op: 'duplicate' }
  | { op: 'edit-string'; text: string }
  | { op: 'shift-number'; by: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.record({
    op: fc.constant('replace' as const),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.constant({ op: 'duplicate' as const }),
  fc.record({ op: fc.constant('edit-string' as const), text: fc.string({ maxLength: 3 }) }),
  fc.record({
    op: fc.constant('shift-number' as const),
    by: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double()),
  }),
);

function mutate(root: Json, path: Path, m: Mutation): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return m.op === 'replace' ? m.value : copy;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((v, k) => (v as Record<string | number, Json>)[k] as Json, copy);
  const key = path[path.length - 1]!;
  const container = parent as Record<string | number, Json>;
  const current = container[key] as Json;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete container[key];
  } else if (m.op === 'replace') container[key] = m.value;
  else if (m.op === 'duplicate' && Array.isArray(parent))
    parent.splice(key as number, 0, structuredClone(current));
  else if (m.op === 'edit-string' && typeof current === 'string') container[key] = current + m.text;
  else if (m.op === 'shift-number' && typeof current === 'number') container[key] = current + m.by;
  return copy;
}

describe('importing mutated exports', () => {
  it('either imports the whole file or refuses it with a named error, never half-writing it', async () => {
    const all = paths(valid);
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (n, m) => {
        const path = all[n % all.length]!;
        const input = mutate(valid, path, m);
        const db = makeDb();
        await flagPage(db, capture('https://a.example/', 'a', '台独', [{ quote: '台独', clauses: [A(2)] }]));
        const before = await dumpTables(db);
        try {
          const result = await importLibrary(db, JSON.stringify(input));
          // accepted: everything in the file is now in the library
          const file = input as { pages: { id: string }[]; matches: { id: string }[] };
          for (const p of file.pages) expect(await db.pages.get(p.id)).toBeDefined();
          for (const x of file.matches) expect(await db.matches.get(x.id)).toBeDefined();
          expect(await db.pages.count()).toBe(before.pages!.length + result.added.pages);
          expect(await db.matches.count()).toBe(before.matches!.length + result.added.matches);
        } catch (e) {
          expect(e).toMatchObject({ name: 'StorageError', reason: 'invalid' });
          // "pages[2].url: …", 'packs[0].mapping[" "]: …', "format: …", "(top level): …"
          expect((e as Error).message).toMatch(
            /^(\(top level\)|\(file\)|[a-zA-Z]+(\[\d+\]|\[".*"\]|\.[\w$-]+)*): \S/,
          );
          expect(await dumpTables(db)).toEqual(before);
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
