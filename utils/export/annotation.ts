import { getClause } from '../clauses';
import { ChunkBuffer } from './chunks';
import type { MatchExport, PageExport } from './records';
import type { ExportSource } from './source';

const GENERATOR = { type: 'Software', name: 'ClauseMark' };

/**
 * A W3C Web Annotation collection (JSON-LD): one Annotation per match, classifying the quoted passage of the
 * page as it was at flag time (TimeState) with tagging bodies naming the clauses. Readable by annotation tools
 * that understand TextQuoteSelector / TextPositionSelector.
 */
export async function* serializeAnnotations(
  source: ExportSource,
  exportedAt: string,
  lang: 'en' | 'zh' = 'en',
): AsyncGenerator<string> {
  const buf = new ChunkBuffer();
  buf.add(
    `{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "type": "AnnotationCollection",\n` +
      `  "label": "ClauseMark library",\n  "created": ${JSON.stringify(exportedAt)},\n` +
      `  "generator": ${JSON.stringify(GENERATOR)},\n  "first": {\n    "type": "AnnotationPage",\n` +
      `    "startIndex": 0,\n    "items": [`,
  );
  let total = 0;
  for await (const batch of source.captures({ snapshots: false }))
    for (const { page, matches } of batch)
      for (const m of matches) {
        const full = buf.add(
          `${total === 0 ? '\n' : ',\n'}      ${JSON.stringify(annotation(page, m, lang))}`,
        );
        total++;
        if (full) {
          yield full;
          await buf.breathe();
        }
      }
  buf.add(`${total === 0 ? '' : '\n    '}]\n  },\n  "total": ${total}\n}\n`);
  yield buf.flush() ?? '';
}

function annotation(page: PageExport, m: MatchExport, lang: 'en' | 'zh') {
  const body: Record<string, string>[] = m.clauseIds.map((id) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: id,
  }));
  for (const id of m.clauseIds) {
    const clause = getClause(id);
    if (clause)
      body.push({
        type: 'TextualBody',
        purpose: 'classifying',
        value: `${clause.locator[lang]}: ${clause.label[lang]}`,
        format: 'text/plain',
        language: lang,
      });
  }
  if (m.implied.length > 0)
    body.push({ type: 'TextualBody', purpose: 'describing', value: `implied: ${m.implied.join(' ')}` });
  body.push({ type: 'TextualBody', purpose: 'assessing', value: m.verdict });
  if (m.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: m.note });
  return {
    id: `urn:clausemark:match:${m.id}`,
    type: 'Annotation',
    motivation: 'classifying',
    created: page.flaggedAt,
    body,
    target: {
      source: page.url,
      state: { type: 'TimeState', sourceDate: page.flaggedAt },
      selector: [
        { type: 'TextQuoteSelector', exact: m.quote, prefix: m.prefix, suffix: m.suffix },
        { type: 'TextPositionSelector', start: m.start, end: m.end },
      ],
    },
  };
}
