import { REGISTRY } from '../utils/clauses';
import { EXIT_OK } from './errors';
import type { Io } from './io';
import { UsageError } from './errors';

/** `clausemark clauses`: every clause id with its locator and label, grouped by document. */
export function runClauses(argv: string[], io: Io): number {
  if (argv.length > 0) throw new UsageError(`clauses takes no arguments, got ${JSON.stringify(argv[0])}`);
  let text = '';
  for (const doc of REGISTRY.documents) {
    const state = doc.defaultEnabled
      ? 'on by default'
      : `implied clauses off unless --enable-documents ${doc.id}`;
    text += `# ${doc.id}  ${doc.title.en} (${doc.date}; ${state})\n`;
    for (const c of REGISTRY.clauses.filter((x) => x.document === doc.id))
      text += `${c.id}\t${c.locator.en}\t${c.label.en}\t${c.label.zh}\n`;
  }
  io.stdout.write(text);
  return EXIT_OK;
}
