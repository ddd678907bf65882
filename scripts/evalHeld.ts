/**
 * Scores a held-out blind page set in aggregate only: per language, the figures read, the false flags and the planted
 * figures flagged, and each false flag's kind and reason, never a file, a sentence or a value, so that a set can be
 * measured again and again without being tuned on (docs/accuracy.md, seventh pass).
 * Usage: npx tsx scripts/evalHeld.ts <folder of .txt pages>
 */
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { evaluateCorpus } from './evaluate';
import { kbRelation } from './kbRelation';
import { endQuietlyWhenOutputCloses } from './quietPipe';

endQuietlyWhenOutputCloses();
const folder = process.argv[2];
if (!folder) {
  console.error('usage: npx tsx scripts/evalHeld.ts <folder of blind pages>');
  process.exit(2);
}
// (--why: how the flagged value stands to what the KB holds, by round distance only: never the page's text or value)
const why = process.argv.includes('--why');
const { pages, scores } = evaluateCorpus(folder, bundledKnowledge, { traceFrames: true });
const byLanguage = new Map<string, { pages: number; expected: number; read: number; falseFlags: number; plants: number; plantsMissed: number }>();
const classes: string[] = [];
for (const page of pages) {
  // pages are named by language first ("en-03-…", "ru-…", "be-…")
  const language = page.file.slice(0, 2);
  const row = byLanguage.get(language) ?? { pages: 0, expected: 0, read: 0, falseFlags: 0, plants: 0, plantsMissed: 0 };
  row.pages++;
  row.expected += page.expected.length;
  row.read += page.matches.length;
  row.falseFlags += page.falseFlags.length;
  row.plants += page.labels.filter((label) => label.verdict === 'contradicted' || label.verdict === 'outdated').length;
  row.plantsMissed += page.missedFlags.length;
  byLanguage.set(language, row);
  // (the reading rule and the frame's rules, as eval.ts prints the set-aside pages' classes: names, never text)
  for (const claim of page.falseFlags) {
    const slot = (name: string) => new RegExp(`${name}=(\\w+)\\((\\w+):([^)]*)\\)`).exec(claim.frame ?? '')?.slice(1).join(' ') ?? '?';
    classes.push(`${language} ${claim.kind} ${claim.verdict} (${claim.reason}) by ${claim.rule ?? '?'} [time ${slot('time')}; group ${slot('group')}; basis ${slot('basis')}]${why ? ` {${kbRelation(claim, bundledKnowledge)}}` : ''}`);
  }
}
console.log(`all: ${(scores.extractionRecall * 100).toFixed(1)} % of figures read, ${scores.falseFlags} false flags, ${scores.trueFlags} of ${scores.expectedFlags} plants flagged`);
for (const [language, row] of byLanguage) {
  console.log(`${language}: ${row.pages} pages, ${row.read} of ${row.expected} figures read (${((100 * row.read) / row.expected).toFixed(1)} %), ${row.falseFlags} false flags, ${row.plants - row.plantsMissed} of ${row.plants} plants flagged`);
}
for (const line of classes.sort()) console.log(`false flag: ${line}`);
