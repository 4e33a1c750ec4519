import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getClause } from '../../utils/clauses';
import { z } from '../../utils/zod';

export const LABELLED_DIR = join(import.meta.dirname, 'labelled');

export const LabelledCase = z
  .object({
    text: z.string().min(1),
    lang: z.enum(['zh', 'en']),
    /** every Article 10 item a careful annotator says applies; [] for a benign look-alike */
    expect: z.array(z.string()),
    /** for negatives: the item the case is a look-alike for */
    about: z.string().optional(),
  })
  .strict()
  .refine((c) => c.expect.length > 0 || c.about !== undefined, 'a negative case names the item it is "about"')
  .refine(
    (c) => [...c.expect, ...(c.about ? [c.about] : [])].every((id) => getClause(id)),
    'unknown clause id',
  );
export type LabelledCase = z.infer<typeof LabelledCase> & { file: string; line: number };

/** Every labelled case, with the file and line it came from; throws naming the line of a bad case. */
export function loadLabelledSet(dir = LABELLED_DIR): LabelledCase[] {
  const out: LabelledCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (!raw.trim()) return;
        let data: unknown;
        try {
          data = JSON.parse(raw);
        } catch (err) {
          throw new Error(`${file}:${i + 1}: not JSON: ${(err as Error).message}`);
        }
        const parsed = LabelledCase.safeParse(data);
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
        out.push({ ...parsed.data, file, line: i + 1 });
      });
  }
  return out;
}
