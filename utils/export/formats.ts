import { serializeAnnotations } from './annotation';
import { serializeCsv } from './csv';
import { serializeJson } from './json';
import { serializeJsonl } from './jsonl';
import type { ExportSource } from './source';

import type { ExportFormat } from './format-id';

export { EXPORT_FORMATS, ExportFormat } from './format-id';

export const FORMAT_INFO: Record<ExportFormat, { mimeType: string; extension: string; label: string }> = {
  json: {
    mimeType: 'application/json',
    extension: 'json',
    label: 'ClauseMark library (JSON, re-importable)',
  },
  csv: { mimeType: 'text/csv;charset=utf-8', extension: 'csv', label: 'Spreadsheet (CSV)' },
  jsonl: { mimeType: 'application/x-ndjson', extension: 'jsonl', label: 'One match per line (JSONL)' },
  annotations: {
    mimeType: 'application/ld+json',
    extension: 'jsonld',
    label: 'W3C Web Annotations (JSON-LD)',
  },
};

export interface ExportOptions {
  /** ISO instant written into JSON and annotation exports; defaults to now */
  exportedAt?: string;
  /** language of clause locators and labels in CSV and annotations */
  lang?: 'en' | 'zh';
}

/** Streams an export in the given format as string chunks (concatenate, or feed a Blob or a file stream). */
export function serialize(source: ExportSource, format: ExportFormat, options: ExportOptions = {}) {
  const exportedAt = options.exportedAt ?? new Date().toISOString();
  const lang = options.lang ?? 'en';
  switch (format) {
    case 'json':
      return serializeJson(source, exportedAt);
    case 'csv':
      return serializeCsv(source, lang);
    case 'jsonl':
      return serializeJsonl(source);
    case 'annotations':
      return serializeAnnotations(source, exportedAt, lang);
  }
}

/** "clausemark-2026-03-07.csv" */
export function exportFileName(format: ExportFormat, exportedAt: string): string {
  return `clausemark-${exportedAt.slice(0, 10)}.${FORMAT_INFO[format].extension}`;
}
