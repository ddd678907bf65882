/**
 * `npm run eval [-- [CORPUS_DIR] [--labels FILE]... [--real-dir DIR] [--json]]`: the engine over the annotated corpus,
 * then over the real pages (../shared/real-pages) per language, tuned and held out apart, all scored strictly.
 * `--labels` replaces the default labels files (tests/real/labels.*.json); `--json` prints one summary object.
 * Without the real pages (no ../shared beside the project) it scores the written corpus, names what is missing on
 * stderr and exits 1.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { MISREAD, NOT_A_CLAIM, NOT_FOUND, UNLABELLED, VERDICTS, evaluateCorpus, type Scores } from './evaluate';
import { REAL_PAGES_DIR, evaluateRealPages, type RealGroup, type RealPageResult } from './evaluateReal';
import { endQuietlyWhenOutputCloses } from './quietPipe';
import { kbRelation } from './kbRelation';

endQuietlyWhenOutputCloses();

const positional: string[] = [];
const labelFiles: string[] = [];
let realDir: string | undefined;
let json = false;
// the held-out pages are a check on rules written without them: their details stay hidden unless asked for
let showHeldOut = false;
for (let args = process.argv.slice(2); args.length; ) {
  const arg = args.shift()!;
  if (arg === '--json') json = true;
  else if (arg === '--show-held-out') showHeldOut = true;
  // (--why: each false flag's class also says how its value stands to the KB, by round distance: never its text)
  else if (arg === '--why') continue;
  else if (arg === '--labels') labelFiles.push(args.shift()!);
  else if (arg === '--real-dir') realDir = args.shift();
  else positional.push(arg);
}

const CORPUS = fileURLToPath(new URL('../tests/corpus', import.meta.url));
const corpus = evaluateCorpus(positional[0] ?? CORPUS, bundledKnowledge);
const realPagesDir = realDir ?? REAL_PAGES_DIR;
// the written corpus is in the project; the real pages are third-party text kept beside it: score what is here
const realMissing = !existsSync(realPagesDir);
const real = realMissing ? null : evaluateRealPages(bundledKnowledge, { dir: realPagesDir, labelFiles: labelFiles.length ? labelFiles : undefined });
const missingNote = `eval: the real pages were not scored: ${realPagesDir} is missing (put the project's shared folder beside it as ../shared, or give --real-dir DIR)`;

/** Where the KB's second period starts: pages from then on are what people read today (issue 25 measures them apart). */
const RECENT_FROM = '2025-01-01';
const RECENT_YEARS = '2025-26';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', be: 'Belarusian' };
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** a share, or a dash when there is nothing to share */
const share = (x: number, of: number) => (of === 0 ? '—' : pct(x));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

if (json) {
  const plant = (p: RealPageResult) => p.plant && { file: p.page.file, start: p.plant.label.start, kind: p.plant.label.kind, from: p.plant.label.values[0], to: p.plant.to, verdict: p.plant.claim?.verdict ?? null, flagged: p.plant.flagged };
  const group = (g: RealGroup) => ({
    lang: g.lang,
    part: g.part,
    scores: g.scores,
    plants: g.plants,
    falseFlags: g.pages.flatMap((p) => p.falseFlags.map((c) => ({ file: p.page.file, start: c.start, value: c.value, kind: c.kind, verdict: c.verdict, reason: c.reason ?? null }))),
    unplanted: g.pages.filter((p) => p.plant && !p.plant.flagged).map(plant),
  });
  console.log(JSON.stringify({ corpus: corpus.scores, real: real && { groups: real.groups.map(group), notes: real.notes } }));
  endRun();
}

// ---- the written corpus ----
const { pages, scores } = corpus;
console.log(`Corpus: ${scores.pages} pages, ${scores.expectedFigures} annotated figures, ${scores.expectedFlags} planted discrepancies (strict: same value and kind, one claim to one figure)\n`);
console.log(`Claims extracted   ${scores.extracted}   precision ${pct(scores.extractionPrecision)}   recall ${pct(scores.extractionRecall)}   false readings ${scores.falseReadings}`);
console.log(`Flags raised       ${scores.flags}   precision ${pct(scores.flagPrecision)}   recall ${pct(scores.flagRecall)}`);
console.log(`False flags        ${scores.falseFlags}`);
console.log(`Verdicts right     ${pct(scores.verdictAccuracy)} of matched figures`);
const totalMs = pages.reduce((n, p) => n + p.ms, 0);
console.log(`Engine time        ${totalMs.toFixed(1)} ms for all pages (${(totalMs / pages.length).toFixed(2)} ms a page)\n`);

const problems = pages.filter((p) => p.missed.length || p.falseReadings.length || p.wrongVerdict.length || p.falseFlags.length || p.missedFlags.length);
console.log(problems.length ? 'Pages with differences:' : 'Every page as annotated.');
console.log(`${'page'.padEnd(34)} ${'figs'.padStart(4)} ${'found'.padStart(5)}  differences`);
for (const p of pages) {
  const notes = [
    ...p.missedFlags.map((e) => `MISSED FLAG "${e.text}" (${e.verdict})`),
    ...p.falseFlags.map((c) => `FALSE FLAG "${c.span}" ${c.verdict} (${c.kind}, ${c.value}): ${c.expected}`),
    ...p.missed.filter((e) => !p.missedFlags.includes(e)).map((e) => `missed "${e.text}"`),
    ...p.falseReadings.filter((c) => !p.falseFlags.includes(c)).map((c) => `false reading "${c.span}" (${c.kind}, ${c.value}, ${c.verdict})`),
    ...p.wrongVerdict.filter(({ claim }) => !p.falseFlags.includes(claim)).map(({ label, claim }) => `"${label.text}" ${claim.verdict}, expected ${label.verdict}`),
  ];
  console.log(`${p.file.padEnd(34)} ${String(p.expected.length).padStart(4)} ${String(p.matches.length).padStart(5)}  ${notes.length ? notes.join('; ') : 'ok'}`);
}

// ---- the real pages ----
if (real) {
  console.log(`\nReal pages (${real.pages.length} labelled), scored strictly; the pages' sentences are read from ../shared at run time`);
  for (const note of real.notes) console.log(`  note: ${note}`);
  for (const g of real.groups) printGroup(g);
}
endRun();

/** Everything asked for was scored: exit 0; otherwise name what was missing and exit 1. */
function endRun(): never {
  if (!realMissing) process.exit(0);
  console.error(missingNote);
  process.exit(1);
}

/** Of the core figures labelled on recent pages, how many the engine found and judged (not `unverifiable`). */
function recentShare(g: RealGroup) {
  const pages = g.pages.filter((p) => (p.page.published ?? '') >= RECENT_FROM);
  const core = pages.reduce((n, p) => n + p.labels.filter((l) => l.core && l.verdict !== null).length, 0);
  const checked = pages.reduce((n, p) => n + p.matches.filter((m) => m.label.core && m.label.verdict !== null && m.claim.verdict !== 'unverifiable').length, 0);
  return { pages: pages.length, core, checked, falseFlags: pages.reduce((n, p) => n + p.falseFlags.length, 0) };
}

function printGroup(g: RealGroup) {
  const s = g.scores;
  const offTopic = g.pages.filter((p) => !p.onTopic);
  const gateOpened = offTopic.filter((p) => p.engineTopic).length;
  const offNote = offTopic.length ? ` (${offTopic.length} off the topic; the engine's topic gate opened on ${gateOpened})` : '';
  console.log(`\n== ${LANGUAGE_NAMES[g.lang] ?? g.lang}, ${g.part}: ${s.pages} page${s.pages === 1 ? '' : 's'}${offNote}`);
  console.log(`  labelled figures    ${s.expectedCore} core / ${s.expectedFigures} all (and ${s.notToClaim} numbers not to be claimed)`);
  console.log(`  extraction recall   core ${share(s.coreRecall, s.expectedCore)} (${s.matchedCore}/${s.expectedCore})   all ${share(s.extractionRecall, s.expectedFigures)} (${s.matched}/${s.expectedFigures})`);
  console.log(`  false readings      ${s.falseReadings} of ${s.extracted} claims (precision ${share(s.extractionPrecision, s.extracted)})`);
  console.log(`  flags               ${s.flags} raised: precision ${share(s.flagPrecision, s.flags)}   recall ${share(s.flagRecall, s.expectedFlags)} of ${s.expectedFlags} labelled   false flags ${s.falseFlags}`);
  console.log(`  unjudged            ${s.unjudged} labelled figures not found (${s.unjudgedCore} core)`);
  console.log(`  verdicts right      ${share(s.verdictAccuracy, s.matched)} of ${s.matched} found`);
  console.log(`  planted changes     ${g.plants.flagged} of ${g.plants.possible} flagged`);
  const recent = recentShare(g);
  if (recent.core) console.log(`  ${RECENT_YEARS} pages ${recent.pages}: core figures checked ${share(recent.checked / recent.core, recent.core)} (${recent.checked}/${recent.core} given a verdict other than unverifiable)   false flags ${recent.falseFlags}`);
  printConfusion(s);
  const claimReasons = Object.entries(s.claimReasons);
  if (claimReasons.length) console.log(`  claims by reason    ${claimReasons.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  const labelReasons = Object.entries(s.labelReasons);
  if (labelReasons.length) {
    // the claims' own reasons are compared only once the engine gives them
    const withReasons = claimReasons.length > 0;
    console.log(`  by label reason     labelled / found / verdict right${withReasons ? ' / same reason' : ''}`);
    for (const [r, n] of labelReasons) {
      const columns = withReasons ? [n.labelled, n.found, n.verdictRight, n.sameReason] : [n.labelled, n.found, n.verdictRight];
      console.log(`    ${r.padEnd(18)}${columns.map((x) => String(x).padStart(4)).join('   ')}`);
    }
  }
  // by class only (kind, verdict and the frame's time and group rules): no page, no text, so held-out pages show it too
  const classes = new Map<string, number>();
  for (const c of g.pages.flatMap((p) => p.falseFlags)) {
    const rule = (slot: string) => new RegExp(`${slot}=(\\w+)\\((\\w+):([^)]*)\\)`).exec(c.frame ?? '')?.slice(1).join(' ') ?? '?';
    const name = `${c.kind} ${c.verdict} by ${c.rule ?? '?'}${c.hedge ? ` (${c.hedge})` : ''} [event ${rule('event')}; time ${rule('time')}; group ${rule('group')}; basis ${rule('basis')}]${process.argv.includes('--why') ? ` {${kbRelation(c, bundledKnowledge)}}` : ''}`;
    classes.set(name, (classes.get(name) ?? 0) + 1);
  }
  if (classes.size) console.log(`  false flags by class ${[...classes].map(([name, n]) => `${n}× ${name}`).join('\n                       ')}`);
  // core figures not read, by the label's kind and what the engine did there (nothing, or another kind): no text either
  const missed = new Map<string, number>();
  for (const p of g.pages) {
    for (const l of p.missed.filter((m) => m.core)) {
      const there = p.claims.find((c) => c.start < l.end && l.start < c.end);
      const name = !p.engineTopic ? `${l.kind} (gate shut)` : there ? `${l.kind} read as ${there.kind}` : `${l.kind} not read`;
      missed.set(name, (missed.get(name) ?? 0) + 1);
    }
  }
  if (missed.size) console.log(`  core missed by kind ${[...missed].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${n}× ${name}`).join(', ')}`);
  if (g.part === 'held out' && !showHeldOut) {
    console.log('  (details of held-out pages are hidden, so that rules are not tuned on them: --show-held-out prints them)');
    return;
  }
  const list = (title: string, lines: string[]) => {
    if (!lines.length) return;
    console.log(`  ${title} (${lines.length}):`);
    for (const line of lines) console.log(`    ${line}`);
  };
  const at = (p: RealPageResult, start: number) => `${p.page.file} @${start}`;
  list('FALSE FLAGS', g.pages.flatMap((p) => p.falseFlags.map((c) => `${at(p, c.start)} "${oneLine(c.span)}" ${c.verdict} ${c.kind} ${c.value}${c.reason ? ` [${c.reason}]` : ''}: ${c.expected}\n      « ${oneLine(c.quote)} »`)));
  list('planted changes not flagged', g.pages.flatMap((p) => (p.plant && !p.plant.flagged ? [`${at(p, p.plant.label.start)} ${p.plant.label.kind} "${oneLine(p.plant.from)}" → ${p.plant.to}: ${p.plant.claim ? `${p.plant.claim.verdict} (${p.plant.claim.kind}): ${p.plant.claim.expected}` : 'not read'}`] : [])));
  list('unjudged (labelled, not found)', g.pages.flatMap((p) => p.missed.map((l) => `${at(p, l.start)} "${oneLine(l.text)}" ${l.kind} ${l.values[0]} ${l.verdict}${l.core ? ' core' : ''}${readAs(p, l)}`)));
  list('false readings', g.pages.flatMap((p) => p.falseReadings.filter((c) => !p.falseFlags.includes(c)).map((c) => `${at(p, c.start)} "${oneLine(c.span)}" ${c.kind} ${c.value} ${c.verdict}${p.onTopic ? '' : ' (page off the topic)'}`)));
  list('wrong verdicts', g.pages.flatMap((p) => p.wrongVerdict.filter((m) => !p.falseFlags.includes(m.claim)).map((m) => `${at(p, m.label.start)} "${oneLine(m.label.text)}" ${m.label.kind} ${m.claim.verdict}, labelled ${m.label.verdict} (${m.label.reason})${m.claim.reason ? ` [${m.claim.reason}]` : ''}`)));
}

/** For a missed label: what the engine read there instead, if anything. */
function readAs(p: RealPageResult, l: { start: number; end: number }): string {
  const there = p.claims.filter((c) => c.start < l.end && l.start < c.end);
  return there.length ? ` — read as ${there.map((c) => `${c.value} ${c.kind}`).join(', ')}` : '';
}

function printConfusion(s: Scores) {
  const columns = [...VERDICTS, NOT_FOUND];
  const rows = [...VERDICTS, NOT_A_CLAIM, MISREAD, UNLABELLED].filter((r) => s.confusion[r]);
  if (!rows.length) return;
  console.log(`  label ↓ engine →    ${columns.map((c) => c.padStart(13)).join('')}`);
  for (const r of rows) console.log(`    ${r.padEnd(16)}${columns.map((c) => String(s.confusion[r][c] ?? (c === NOT_FOUND && !VERDICTS.includes(r as never) ? '' : 0)).padStart(13)).join('')}`);
}
