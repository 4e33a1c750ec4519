import { z } from '../zod';

export const LocalizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const DocumentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'document id: lowercase letters, digits, hyphens');
export const ClauseId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'clause id: "<document>/<item>", lowercase');

export const SourceDocument = z.object({
  id: DocumentId,
  title: LocalizedText,
  issuer: LocalizedText,
  /** ISO date the text was issued or announced. */
  date: z.iso.date(),
  /** File name in the seed folder the text was taken from. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  /** Whether its clauses are matched without the user switching them on. */
  defaultEnabled: z.boolean(),
  /** Where the wording of each language comes from, for the clause lookup's provenance line. */
  provenance: LocalizedText,
});
export type SourceDocument = z.infer<typeof SourceDocument>;

export const ColorFamily = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Solid colour for underline and swatch; background uses it with alpha so text stays readable. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type ColorFamily = z.infer<typeof ColorFamily>;

export const Clause = z.object({
  id: ClauseId,
  document: DocumentId,
  /** How the clause is cited, e.g. "Art. 10 (vii)". */
  locator: LocalizedText,
  /** Other ways a researcher types the locator ("10.7", "art 10 vii"). */
  aliases: z.array(z.string()).default([]),
  text: LocalizedText,
  label: LocalizedText,
  /** One-paragraph explanation for the hover card. */
  explanation: LocalizedText,
  family: z.string(),
  /** Marks the English text as the project's translation where the seed has none. */
  translatedBy: z.enum(['seed', 'clausemark']).default('seed'),
});
export type Clause = z.infer<typeof Clause>;

export const CrosswalkLink = z.object({
  from: ClauseId,
  to: ClauseId,
  rationale: LocalizedText,
});
export type CrosswalkLink = z.infer<typeof CrosswalkLink>;

export const Registry = z
  .object({
    documents: z.array(SourceDocument).min(1),
    clauses: z.array(Clause).min(1),
    families: z.array(ColorFamily).min(1),
    crosswalk: z.array(CrosswalkLink),
  })
  .superRefine((reg, ctx) => {
    const docs = new Set(reg.documents.map((d) => d.id));
    const families = new Set(reg.families.map((f) => f.id));
    const ids = new Set<string>();
    reg.clauses.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `duplicate ${c.id}` });
      ids.add(c.id);
      if (!docs.has(c.document))
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'document'], message: `unknown ${c.document}` });
      if (!c.id.startsWith(`${c.document}/`))
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', i, 'id'],
          message: 'id must start with its document',
        });
      if (!families.has(c.family))
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', i, 'family'],
          message: `unknown family ${c.family}`,
        });
    });
    reg.crosswalk.forEach((l, i) => {
      for (const end of ['from', 'to'] as const)
        if (!ids.has(l[end]))
          ctx.addIssue({ code: 'custom', path: ['crosswalk', i, end], message: `unknown clause ${l[end]}` });
    });
  });
export type Registry = z.infer<typeof Registry>;

/** Parses registry data; throws an error naming the path of the first problem. */
export function loadRegistry(data: unknown): Registry {
  const parsed = Registry.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`clause registry: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
