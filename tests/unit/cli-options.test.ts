// The real bin end to end: lexicon and keyword-list options, usage errors and exit codes.
import { describe, expect, it } from 'vitest';
import { ARTICLE_10_IDS, BASELINE_IDS, getClause } from '../../utils/clauses';
import { jsonLines, runBin } from '../fixtures/cli/run-bin';

const LEXICON = 'tests/fixtures/cli/lexicon.json';
const SAMPLE = 'tests/fixtures/cli/sample.txt';
const PACKS = 'tests/fixtures/packs';
const A = (n: number) => `bj-microblog-2011/art10-${n}`;

type Doc = { matches: { text: string; clauses: string[]; implied: string[]; lexicon: string }[] };
const matches = (stdout: string) =>
  (jsonLines(stdout) as unknown as Doc[]).flatMap((d) =>
    d.matches.map((m) => [m.text, m.clauses, m.lexicon]),
  );

describe.concurrent('lexicons and keyword-list packs', () => {
  it('stops on a bad lexicon with an error naming the file, entry and reason: exit 2, nothing scanned', async () => {
    const bad = 'tests/fixtures/cli/bad-lexicon.json';
    const r = await runBin(['scan', '--no-default', '--lexicon', LEXICON, '--lexicon', bad, SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'clausemark: tests/fixtures/cli/bad-lexicon.json: groups[0].entries[1] "李洪志": ' +
        'unknown clause id bj-microblog-2011/art10-99\n',
    );
    const missing = await runBin(['scan', '--no-default', '--lexicon', 'nope.json', SAMPLE]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/^clausemark: nope\.json: cannot read the lexicon: ENOENT/);
  });

  it('matches with a CSV keyword list mapped by --map, and with the same mapping from --pack-config', async () => {
    const text = '我在學習法*輪*功。六四那天，坦克来了。彩票代购\n';
    const byMap = await runBin(
      [
        'scan',
        '--no-default',
        '--pack',
        `${PACKS}/keywords.csv`,
        '--map',
        `Political=${A(5)}`,
        '--map',
        `Event=${A(2)},${A(9)}`,
        '--map',
        `Social=${A(6)}`,
      ],
      text,
    );
    expect(byMap.stderr).toBe('');
    expect(matches(byMap.stdout)).toEqual([
      ['法*輪*功', [A(5)], 'keywords'],
      ['六四那天，坦克', [A(2), A(9)], 'keywords'],
      ['彩票代购', [A(6)], 'keywords'],
    ]);
    const byConfig = await runBin(
      ['scan', '--no-default', '--pack', `${PACKS}/keywords.csv`, '--pack-config', `${PACKS}/mapping.json`],
      text,
    );
    expect(byConfig.stdout).toBe(byMap.stdout);
  });

  it('maps a plain-text list with "*", keeps packs of the same file name apart, and adds to --lexicon', async () => {
    const r = await runBin(
      [
        'scan',
        '--no-default',
        '--lexicon',
        LEXICON,
        '--pack',
        `${PACKS}/keywords.txt`,
        '--pack',
        `${PACKS}/keywords.csv`,
        '--map',
        `*=${A(11)}`,
      ],
      '大法弟子说起李洪志。\n',
    );
    expect(r.code).toBe(0);
    expect(matches(r.stdout)).toEqual([
      ['大法弟子', [A(11)], 'keywords'],
      ['李洪志', [A(5), A(11)], 'cli-fixture'],
    ]);
  });

  it('refuses unmapped categories (listing them) unless --skip-unmapped, and bad lists with line and column', async () => {
    const base = ['scan', '--no-default', '--pack', `${PACKS}/keywords.csv`, '--map', `Political=${A(5)}`];
    const unmapped = await runBin(base, '法轮功\n');
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain(
      `${PACKS}/keywords.csv: categories not mapped to any clause: "Event": 2 keywords, first on line 5; ` +
        '"Social": 2 keywords, first on line 7',
    );
    const skipped = await runBin([...base, '--skip-unmapped'], '法轮功 彩票代购\n');
    expect(matches(skipped.stdout)).toEqual([['法轮功', [A(5)], 'keywords']]);
    const unknown = await runBin([
      'scan',
      '--no-default',
      '--pack',
      `${PACKS}/keywords.txt`,
      '--map',
      '*=art10-5',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('is mapped to unknown clause id "art10-5"');
    const badConfig = await runBin([
      'scan',
      '--no-default',
      '--pack',
      `${PACKS}/keywords.txt`,
      '--pack-config',
      LEXICON,
    ]);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/^clausemark: tests\/fixtures\/cli\/lexicon\.json: format: /);
  });

  it('reports implied clauses of the conventions only with --enable-documents', async () => {
    const text = '法轮功\n';
    const [off, on] = await Promise.all([
      runBin(['scan', '--no-default', '--lexicon', LEXICON], text),
      runBin(
        ['scan', '--no-default', '--lexicon', LEXICON, '--enable-documents', 'isc-convention-2002'],
        text,
      ),
    ]);
    const implied = (s: string) => (jsonLines(s) as unknown as Doc[])[0]!.matches[0]!.implied;
    expect(implied(off.stdout).some((c) => c.startsWith('isc-'))).toBe(false);
    expect(implied(on.stdout)).toContain('isc-convention-2002/art9-1');
  });
});

describe.concurrent('usage', () => {
  it('prints usage with --help (exit 0) and without a command (exit 2)', async () => {
    const [help, scanHelp, none] = await Promise.all([
      runBin(['--help']),
      runBin(['scan', '--help']),
      runBin([]),
    ]);
    expect([help.code, scanHelp.code, none.code]).toEqual([0, 0, 2]);
    expect(help.stdout).toMatch(/^Usage:\n {2}clausemark scan/);
    expect(scanHelp.stdout).toBe(help.stdout);
    expect(none.stderr, none.stderr).toBe(help.stdout);
  });

  it('exits 2 with a clear message on bad options, before reading any input', async () => {
    const cases: [string[], string][] = [
      [['scan', '--bogus'], "Unknown option '--bogus'"],
      [['scan', '--input', 'pdf'], '--input must be one of text, html, jsonl, not "pdf"'],
      [['scan', '--format', 'xml'], '--format must be one of jsonl, csv, not "xml"'],
      [['scan', '--no-default'], '--no-default leaves nothing to match with'],
      [['scan', '--pack', 'x.csv'], '--pack needs a mapping'],
      [['scan', '--map', 'a=b'], 'no --pack was given'],
      [['scan', '--pack', 'x.csv', '--map', 'nothing'], '--map "nothing": expected CATEGORY=CLAUSE_ID'],
      [['scan', '--pack', 'x.csv', '--map', 'a='], '--map "a=": no clause id after "="'],
      [['scan', '--enable-documents', 'nope-2020'], '--enable-documents: unknown document "nope-2020"'],
      [['frobnicate'], 'unknown command "frobnicate"'],
    ];
    const results = await Promise.all(cases.map(([args]) => runBin([...args, SAMPLE])));
    results.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(cases[i]![1]);
    });
  });

  it('lists every clause id with its locator and label', async () => {
    const r = await runBin(['clauses']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l && !l.startsWith('#'));
    const ids = rows.map((l) => l.split('\t')[0]);
    expect(ids).toEqual(expect.arrayContaining([...ARTICLE_10_IDS, ...BASELINE_IDS]));
    const c = getClause(A(5))!;
    expect(rows).toContain(`${A(5)}\t${c.locator.en}\t${c.label.en}\t${c.label.zh}`);
  });
});
