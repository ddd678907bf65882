/** `npm run eval`: the engine over the annotated corpus, with precision, recall, false flags and a per-page table. */
import { fileURLToPath } from 'node:url';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { evaluateCorpus } from './evaluate';

const CORPUS = fileURLToPath(new URL('../tests/corpus', import.meta.url));
const { pages, scores } = evaluateCorpus(process.argv[2] ?? CORPUS, bundledKnowledge);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`Corpus: ${scores.pages} pages, ${scores.expectedFigures} annotated figures, ${scores.expectedFlags} planted discrepancies\n`);
console.log(`Claims extracted   ${scores.extracted}   precision ${pct(scores.extractionPrecision)}   recall ${pct(scores.extractionRecall)}`);
console.log(`Flags raised       ${scores.flags}   precision ${pct(scores.flagPrecision)}   recall ${pct(scores.flagRecall)}`);
console.log(`False flags        ${scores.falseFlags}`);
console.log(`Verdicts right     ${pct(scores.verdictAccuracy)} of matched figures`);
const totalMs = pages.reduce((n, p) => n + p.ms, 0);
console.log(`Engine time        ${totalMs.toFixed(1)} ms for all pages (${(totalMs / pages.length).toFixed(2)} ms a page)\n`);

const problems = pages.filter((p) => p.missed.length || p.spurious.length || p.wrongVerdict.length || p.falseFlags.length || p.missedFlags.length);
console.log(problems.length ? 'Pages with differences:' : 'Every page as annotated.');
console.log(`${'page'.padEnd(34)} ${'figs'.padStart(4)} ${'found'.padStart(5)}  differences`);
for (const p of pages) {
  const notes = [
    ...p.missedFlags.map((e) => `MISSED FLAG "${e.text}" (${e.verdict})`),
    ...p.falseFlags.map((c) => `FALSE FLAG "${c.span}" ${c.verdict} (${c.kind}): ${c.expected}`),
    ...p.missed.filter((e) => !p.missedFlags.includes(e)).map((e) => `missed "${e.text}"`),
    ...p.spurious.filter((c) => !p.falseFlags.includes(c)).map((c) => `extra "${c.span}" (${c.kind}, ${c.verdict})`),
    ...p.wrongVerdict.filter(({ claim }) => !p.falseFlags.includes(claim)).map(({ expected, claim }) => `"${expected.text}" ${claim.verdict}, expected ${expected.verdict}`),
  ];
  console.log(`${p.file.padEnd(34)} ${String(p.expected.length).padStart(4)} ${String(p.claims.length).padStart(5)}  ${notes.length ? notes.join('; ') : 'ok'}`);
}
