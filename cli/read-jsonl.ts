import { z } from '../utils/zod';
import type { Source } from './source';
import { htmlToText } from './html-text';
import { textLines } from './text-lines';

const stringField = (name: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? `missing "${name}"` : `"${name}" must be a string`,
});

/** One document of a JSON Lines corpus: an id and either its text or its HTML; other fields are ignored. */
export const JsonlDocument = z
  .object(
    {
      id: z
        .union([z.string(), z.number()], stringField('id'))
        .transform(String)
        .refine((id) => id.trim().length > 0, '"id" is empty'),
      text: z.string(stringField('text')).optional(),
      html: z.string(stringField('html')).optional(),
    },
    { error: 'expected an object like {"id": "...", "text": "..."}' },
  )
  .refine((d) => d.text !== undefined || d.html !== undefined, 'needs "text" or "html"')
  .refine((d) => d.text === undefined || d.html === undefined, 'has both "text" and "html"; give one');

/** What is wrong with a line, or the document it holds. */
function parseLine(text: string): { id: string; text: string } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}` };
  }
  const parsed = JsonlDocument.safeParse(data);
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join('; ') };
  const d = parsed.data;
  return { id: d.id, text: d.text ?? htmlToText(d.html ?? '') };
}

/** The documents of a JSON Lines stream; each bad line is reported with the file name and line number. */
export async function* jsonlDocuments(pieces: AsyncIterable<string>, file: string): AsyncGenerator<Source> {
  for await (const { line, text } of textLines(pieces)) {
    if (!text.trim()) continue;
    const doc = parseLine(text);
    if ('error' in doc) yield { error: `${file}:${line}: ${doc.error}` };
    else yield { document: { id: doc.id, chunks: [doc.text] } };
  }
}
