// The CLI streams: scanning a 20 MB JSON Lines corpus (generated on the fly, piped through stdin) must raise its
// peak memory by well under the input's size over a tiny input. V8 grows its heap lazily while allocation is
// fast, which would hide what the process really holds, so both runs get a small young generation and a 48 MB
// old generation: the peak then follows live memory (and a CLI that read its input whole would run out).
// The benchmark (npm run bench:cli) compares 20 MB with 200 MB under Node's default settings.
import { describe, expect, it } from 'vitest';
import { FIXTURE_LEXICON, flaggedLines, jsonlCorpus, runCli } from '../fixtures/cli/corpus';

const INPUT = 20e6;
const NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=48'];

describe('clausemark scan memory', () => {
  it('stays flat on a 20 MB JSON Lines stream', { timeout: 60_000 }, async () => {
    const args = [
      'scan',
      '--input',
      'jsonl',
      '--format',
      'csv',
      '--no-default',
      '--lexicon',
      FIXTURE_LEXICON,
    ];
    const tiny = await runCli(args, jsonlCorpus(1), NODE_FLAGS);
    const large = await runCli(args, jsonlCorpus(INPUT), NODE_FLAGS);
    expect([tiny.code, large.code, large.stderr]).toEqual([0, 0, '']);
    // It really scanned everything: one CSV row per flagged line of the corpus, after the header.
    expect(large.stdoutLines - 1).toBe(flaggedLines(large.linesIn));
    const growth = large.peakRss - tiny.peakRss;
    expect(growth, `peak RSS ${tiny.peakRss} → ${large.peakRss} bytes`).toBeLessThan(INPUT);
  });
});
