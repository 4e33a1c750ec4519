import { DEFAULT_DOCUMENTS } from './clauses';
import { z } from './zod';

/** What a page may learn of ClauseMark: 'inline' draws highlights and the card; 'popup-only' draws nothing. */
export const DrawMode = z.enum(['inline', 'popup-only']);

export const Settings = z.object({
  version: z.literal(1).default(1),
  /** default for new tabs; each tab can override it from the popup */
  highlightsVisible: z.boolean().default(true),
  /** colour families (art10-1 …) hidden by default */
  hiddenFamilies: z.array(z.string()).default([]),
  /** hostnames never scanned */
  neverScanSites: z.array(z.string()).default([]),
  /** documents whose clauses are reported (conventions are off by default) */
  enabledDocuments: z.array(z.string()).default([...DEFAULT_DOCUMENTS]),
  drawMode: DrawMode.default('inline'),
  uiLanguage: z.enum(['auto', 'en', 'zh']).default('auto'),
  /** terms or contexts that must never fire */
  allowList: z.array(z.string()).default([]),
  /** ids of the user's lexicon packs that are switched on */
  enabledPacks: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/**
 * Reads stored settings, falling back to defaults (field by field where possible) and reporting what was
 * wrong instead of failing: a damaged settings object must never stop the extension from working.
 */
export function parseSettings(raw: unknown): { settings: Settings; error?: string } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
  const whole = Settings.safeParse(raw);
  if (whole.success) return { settings: whole.data };
  const issue = whole.error.issues[0];
  const error = `stored settings: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}; using defaults there`;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object')
    for (const [key, value] of Object.entries(raw)) {
      const field = Settings.shape[key as keyof typeof Settings.shape];
      if (field && field.safeParse(value).success) merged[key] = value;
    }
  return { settings: Settings.parse(merged), error };
}
