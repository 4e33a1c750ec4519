import { z } from '../zod';

// Kept apart from the serialisers so the message protocol can name formats without bundling them.
export const EXPORT_FORMATS = ['json', 'csv', 'jsonl', 'annotations'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
