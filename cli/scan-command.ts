import { parseScanArgs } from './args';
import { documentsFrom } from './documents';
import type { DocumentWriter } from './document-writer';
import { EXIT_OK, EXIT_PARTIAL } from './errors';
import type { Io } from './io';
import { loadMatcher } from './load-matcher';
import { Output } from './output';
import { scanDocument } from './scan-document';
import { USAGE } from './usage';
import { CsvWriter } from './write-csv';
import { JsonlWriter } from './write-jsonl';

/** `clausemark scan`: every document of the inputs through the matcher, results to stdout, problems to stderr. */
export async function runScan(argv: string[], io: Io): Promise<number> {
  const o = parseScanArgs(argv);
  if (o.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  const matcher = await loadMatcher(o);
  const out = new Output(io.stdout);
  const writer: DocumentWriter = o.format === 'csv' ? new CsvWriter(out) : new JsonlWriter(out);
  let failed = 0;
  for await (const source of documentsFrom(o.files, o.input, io.stdin)) {
    const error =
      'error' in source
        ? source.error
        : await scanDocument(source.document, matcher, writer, { enabledDocuments: o.enabledDocuments });
    if (error === undefined) continue;
    failed++;
    // Results so far go out first, so stdout and stderr read in order when both go to a terminal.
    await out.flush();
    io.stderr.write(`clausemark: ${error}\n`);
  }
  await writer.finish();
  await out.flush();
  return failed > 0 ? EXIT_PARTIAL : EXIT_OK;
}
