// npm run bench:cli — the CLI's peak memory as its input grows tenfold. A 20 MB and a 200 MB corpus are generated
// on the fly and piped through stdin into the real bin (nothing is written to disk), as one plain-text document
// and as JSON Lines; the report gives each run's peak RSS and the 200 MB / 20 MB ratio, which stays near 1 when
// the CLI streams (reading whole inputs would make it about 10). Output is CSV, one line per match, so the
// matches can be counted and checked against the corpus.
import {
  FIXTURE_LEXICON,
  flaggedLines,
  jsonlCorpus,
  runCli,
  textCorpus,
  type Feed,
} from '../fixtures/cli/corpus';

const SMALL = Number(process.env.BENCH_SMALL_MB ?? 20) * 1e6;
const LARGE = Number(process.env.BENCH_LARGE_MB ?? 200) * 1e6;
const MODES: [string, (bytes: number) => Feed][] = [
  ['text', textCorpus],
  ['jsonl', jsonlCorpus],
];

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const pad = (s: string, n: number) => s.padStart(n);

console.log(
  `Peak RSS of "clausemark scan --no-default --lexicon tests/fixtures/cli/lexicon.json", input through stdin\n`,
);
console.log(['input', 'size', 'time', 'MB/s', 'peak RSS', 'matches'].map((h) => pad(h, 11)).join(''));
const ratios: string[] = [];
for (const [mode, corpus] of MODES) {
  const peaks: number[] = [];
  for (const size of [SMALL, LARGE]) {
    const args = ['scan', '--input', mode, '--format', 'csv', '--no-default', '--lexicon', FIXTURE_LEXICON];
    const run = await runCli(args, corpus(size));
    if (run.code !== 0) throw new Error(`${mode} ${mb(size)}: exit ${run.code}\n${run.stderr}`);
    // Every flagged line of the corpus must come out as a match, or the run did not really scan the input.
    const matches = run.stdoutLines - 1;
    if (matches !== flaggedLines(run.linesIn))
      throw new Error(
        `${mode} ${mb(size)}: ${matches} matches for ${flaggedLines(run.linesIn)} flagged lines`,
      );
    const out = {
      mode,
      size: mb(size),
      s: (run.ms / 1000).toFixed(1),
      rate: (size / 1e3 / run.ms).toFixed(1),
    };
    console.log(
      [out.mode, out.size, `${out.s} s`, out.rate, mb(run.peakRss), String(matches)]
        .map((c) => pad(c, 11))
        .join(''),
    );
    peaks.push(run.peakRss);
  }
  ratios.push(
    `${mode}: peak RSS ${mb(LARGE)} / ${mb(SMALL)} input = ${((peaks[1] ?? NaN) / (peaks[0] ?? NaN)).toFixed(2)}`,
  );
}
console.log(`\n${ratios.join('\n')}`);
