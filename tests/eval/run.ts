// npm run eval [-- --assert] [-- --misses [--only=art10-5]]
// Precision/recall per Article 10 item on the labelled set, false positives on benign real text, lexicon scale.
import { getClause } from '../../utils/clauses';
import { defaultEntries } from '../../utils/lexicon';
import { createMatcher } from '../../utils/match';
import { BENIGN_DIR, benignAvailable, loadBenign, scoreBenign } from './benign';
import { ITEMS_NEEDING_100_ZH, coverage } from './coverage';
import { loadLabelledSet } from './labelled-set';
import { scoreLabelled } from './scores';

const args = new Set(process.argv.slice(2));
// --only=art10-5 restricts the list of misses to one item
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const failures: string[] = [];
const locator = (id: string) => getClause(id)?.locator.en ?? id;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const table = (head: string[], rows: (string | number)[][]) => {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log();
};

const t0 = performance.now();
const entries = defaultEntries();
const matcher = createMatcher(entries);
console.log(
  `Default lexicon: ${entries.length} entries, compiled in ${(performance.now() - t0).toFixed(0)} ms\n`,
);

// Scale
const cov = coverage(entries);
console.log('### Lexicon coverage (entries; variants counted apart)\n');
table(
  ['clause', 'zh entries', 'en entries', 'variants', 'rules'],
  [
    ...cov.rows.map((r) => [locator(r.clause), r.zh, r.en, r.variants, r.rules]),
    ['**all**', cov.total.zh, cov.total.en, cov.total.variants, cov.total.rules],
  ],
);
if (cov.total.zh < 3000) failures.push(`lexicon has ${cov.total.zh} Chinese entries (target ≥ 3,000)`);
if (cov.total.en < 1000) failures.push(`lexicon has ${cov.total.en} English entries (target ≥ 1,000)`);
for (const id of ITEMS_NEEDING_100_ZH) {
  const zh = cov.rows.find((r) => r.clause === id)?.zh ?? 0;
  if (zh < 100) failures.push(`${locator(id)} has ${zh} Chinese entries (target ≥ 100)`);
}
for (const r of cov.rows)
  if (r.zh + r.en === 0 && r.clause.startsWith('bj-')) failures.push(`${locator(r.clause)} has no entries`);

// Labelled set
const cases = loadLabelledSet();
const { items, misses } = scoreLabelled(matcher, cases);
console.log(`### Labelled set (${cases.length} cases)\n`);
table(
  ['item', 'positives', 'negatives', 'precision', 'recall'],
  items.map((s) => [
    locator(s.clause),
    s.positives,
    s.negatives,
    s.precision.toFixed(3),
    s.recall.toFixed(3),
  ]),
);
for (const s of items) {
  if (s.positives < 20 || s.negatives < 20)
    failures.push(
      `${locator(s.clause)}: ${s.positives} positives / ${s.negatives} negatives (need ≥ 20 each)`,
    );
  if (s.precision < 0.9) failures.push(`${locator(s.clause)}: precision ${s.precision.toFixed(3)} < 0.9`);
  if (s.recall < 0.9) failures.push(`${locator(s.clause)}: recall ${s.recall.toFixed(3)} < 0.9`);
}
if (args.has('--misses'))
  for (const m of misses.filter((x) => !only || x.clause.endsWith(`/${only}`)))
    console.log(`${m.kind} ${locator(m.clause)} ${m.where} [${m.fired.map(locator).join(', ')}] ${m.text}`);
else if (misses.length)
  console.log(`${misses.length} misses/false alarms (run with -- --misses to list them)\n`);

// Benign text
if (!benignAvailable()) {
  console.log(`Benign corpus not found at ${BENIGN_DIR}: skipping the false-positive evaluation.`);
} else {
  const docs = loadBenign();
  const { corpora, top } = scoreBenign(matcher, docs);
  const order = ['headlines', 'headlines-politics-society', 'wikipedia'];
  console.log('### Benign real text\n');
  table(
    ['corpus', 'documents', 'characters', 'documents flagged', 'flags per 1,000 chars'],
    order.flatMap((k) => {
      const c = corpora.get(k);
      return c
        ? [
            [
              k,
              c.docs,
              c.chars,
              `${c.flaggedDocs} (${pct(c.flaggedDocs / c.docs)})`,
              ((1000 * c.flags) / c.chars).toFixed(3),
            ],
          ]
        : [];
    }),
  );
  console.log('Per clause (documents flagged / flags per 1,000 chars):\n');
  const clauses = [...new Set([...corpora.values()].flatMap((c) => [...c.byClause.keys()]))].sort();
  table(
    ['clause', ...order],
    clauses.map((id) => [
      locator(id),
      ...order.map((k) => {
        const c = corpora.get(k);
        const b = c?.byClause.get(id);
        return c && b ? `${b.flaggedDocs} / ${((1000 * b.flags) / c.chars).toFixed(3)}` : '0 / 0';
      }),
    ]),
  );
  console.log('Terms firing most on benign text:\n');
  table(
    ['term', 'clauses', 'fires', 'example'],
    top.map((t) => [t.term, t.clauses.map(locator).join(', '), t.count, t.example.replace(/\|/g, '\\|')]),
  );
  const headlines = corpora.get('headlines');
  const wiki = corpora.get('wikipedia');
  if (headlines && headlines.flaggedDocs / headlines.docs > 0.03)
    failures.push(
      `${pct(headlines.flaggedDocs / headlines.docs)} of non-politics/society headlines flagged (target ≤ 3%)`,
    );
  if (wiki && (1000 * wiki.flags) / wiki.chars > 0.5)
    failures.push(
      `${((1000 * wiki.flags) / wiki.chars).toFixed(3)} flags per 1,000 chars on Wikipedia (target ≤ 0.5)`,
    );
}

if (failures.length) {
  console.log(`Targets not met:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  if (args.has('--assert')) process.exit(1);
} else console.log('All evaluation targets met.');
