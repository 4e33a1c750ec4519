import { ClauseId } from '../clauses/schema';
import { z } from '../zod';

export const VARIANT_KINDS = [
  'traditional',
  'homophone',
  'pinyin',
  'initials',
  'split',
  'number-code',
  'transliteration',
  'abbreviation',
  'euphemism',
  'alias',
  'misspelling',
] as const;
export const VariantKind = z.enum(VARIANT_KINDS);
export type VariantKind = z.infer<typeof VariantKind>;

const Text = z.string().trim().min(1, 'empty text');
const Lang = z.enum(['zh', 'en']);

/**
 * Sensitivity levels, least to most sensitive. An entry's level is the least sensitive setting at which it fires:
 * a 'strict' entry fires at every level, a 'broad' one only when the researcher asks for weaker signals.
 */
export const LEVELS = ['strict', 'balanced', 'broad'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;
export const DEFAULT_LEVEL: Level = 'balanced';
/** true when an entry of level `entry` fires at the setting `setting` */
export const firesAt = (entry: Level, setting: Level) => LEVELS.indexOf(entry) <= LEVELS.indexOf(setting);

export const Variant = z.union([Text, z.object({ text: Text, kind: VariantKind }).strict()]);
export type Variant = z.infer<typeof Variant>;

/** A rule part list in the notation keyword researchers use: "A+B", each part may list "X|Y" alternatives. */
export const RuleText = z
  .string()
  .trim()
  .refine((r) => r.split('+').length >= 2, 'a rule needs at least two parts joined by "+"')
  .refine((r) => r.split('+').length <= 8, 'a rule has at most eight parts')
  .refine(
    (r) => r.split('+').every((p) => p.split('|').every((a) => a.trim().length > 0)),
    'empty rule part',
  );

export const Window = z.union([z.literal('sentence'), z.number().int().min(1).max(1000)]);

const Common = {
  lang: Lang.optional(),
  level: Level.optional(),
  clauses: z.array(ClauseId).min(1).optional(),
  note: Text.optional(),
  exceptions: z.array(Text).default([]),
};

export const TermEntry = z.object({ term: Text, variants: z.array(Variant).default([]), ...Common }).strict();
export const RuleEntry = z.object({ rule: RuleText, window: Window.default('sentence'), ...Common }).strict();
export const Entry = z.union([Text, TermEntry, RuleEntry]);
export type Entry = z.infer<typeof Entry>;

export const Group = z
  .object({
    note: Text,
    clauses: z.array(ClauseId).min(1),
    lang: Lang,
    /** the group's entries' level unless an entry gives its own (default 'strict') */
    level: Level.optional(),
    entries: z.array(Entry).min(1),
  })
  .strict();

export const LEXICON_FORMAT = 'clausemark-lexicon/1';

export const Lexicon = z
  .object({
    format: z.literal(LEXICON_FORMAT),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lexicon id: lowercase letters, digits, . _ -'),
    name: z.object({ zh: Text, en: Text }),
    description: z.string().optional(),
    groups: z.array(Group).default([]),
    entries: z.array(Entry).default([]),
  })
  .strict();
export type Lexicon = z.infer<typeof Lexicon>;

/** An entry with its group's defaults applied: what the compiler works from. */
export interface ResolvedEntry {
  /** stable within a lexicon: "<lexicon id>:<term or rule>" */
  id: string;
  lexicon: string;
  /** JSON path in the lexicon file, for error messages */
  path: string;
  lang: 'zh' | 'en';
  /** the least sensitive setting at which the entry fires */
  level: Level;
  clauses: string[];
  note: string;
  exceptions: string[];
  term?: string;
  variants: { text: string; kind: VariantKind | undefined }[];
  rule?: { parts: string[][]; window: 'sentence' | number };
}
