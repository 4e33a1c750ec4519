import { runClauses } from './clauses-command';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import type { Io } from './io';
import { runScan } from './scan-command';
import { USAGE } from './usage';

const EXIT_INTERNAL = 3;

/** Runs one clausemark command; returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr.write(USAGE);
      return EXIT_USAGE;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (command === 'scan') return await runScan(rest, io);
    if (command === 'clauses') return runClauses(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`clausemark: ${err.message}\nRun "clausemark --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(
      `clausemark: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT_INTERNAL;
  }
}

/** The command as run from a shell: process streams, and a reader that closes the pipe ends it quietly. */
export async function run(): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw err;
  });
  process.exitCode = await main(process.argv.slice(2), process);
}
