import type { Readable, Writable } from 'node:stream';

/** The streams a command uses, passed in so every command can run against any streams. */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}
