/** A keyword list or mapping that cannot become a pack; names the file, the place and what is wrong. */
export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** 1-based line in the file, when the problem is at one place in it */
    readonly line?: number,
    /** 1-based column (in characters) on that line */
    readonly column?: number,
  ) {
    super(
      `${file}${line !== undefined ? `:${line}` : ''}${column !== undefined ? `:${column}` : ''}: ${reason}`,
    );
    this.name = 'PackError';
  }
}
