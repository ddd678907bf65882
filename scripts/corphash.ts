/**
 * A hash of every engine report over the sentence corpora, tests/corpus, tests/corpus-blind and the adversarial rows:
 * a speed-only change to the engine must leave it the same. `tsx scripts/corphash.ts` prints one hash per group and
 * one for all. (Session 18's check; after /work/notes/tools/corphash.ts.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../extension/engine/analyze';
import { bundledKnowledge } from '../extension/engine/bundledKnowledge';
import { FILES, loadCorpus, pageOf } from '../tests/engine/corpus';
import { loadCorpusPage } from './evaluate';
import { ADVERSARIAL_KINDS, ADVERSARIAL_LANGUAGES, adversarialText } from './bench/adversarial';

const all = createHash('md5');
const group = (name: string, fill: (update: (s: string) => void) => void) => {
  const h = createHash('md5');
  let n = 0;
  fill((s) => { h.update(s); all.update(s); n++; });
  console.log(`${name.padEnd(16)} ${h.digest('hex')} (${n} reports)`);
};
const stable = (report: unknown) => JSON.stringify(report);

group('sentences', (update) => {
  for (const file of FILES) {
    const c = loadCorpus(file);
    for (const k of c.cases) {
      const page = pageOf(c.contexts[k.context], k.sentence);
      update(stable(analyzePage({ text: page.text, published: c.contexts[k.context].published, hasHeadline: true }, bundledKnowledge, { traceFrames: true })));
    }
  }
});
const pagesUnder = (dir: string): string[] => readdirSync(dir).sort().flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? pagesUnder(p) : /\.(txt|html)$/.test(f) ? [p] : [];
});
for (const dir of ['tests/corpus', 'tests/corpus-blind']) {
  group(dir, (update) => {
    for (const p of pagesUnder(dir)) update(stable(analyzePage(loadCorpusPage(p), bundledKnowledge, { traceFrames: true })));
  });
}
const ADV = Number(process.env.CORPHASH_ADV_CHARS ?? 120_000);
group(`adversarial ${ADV / 1000}k`, (update) => {
  for (const lang of ADVERSARIAL_LANGUAGES) for (const kind of ADVERSARIAL_KINDS) {
    update(stable(analyzePage({ text: adversarialText({ lang, kind }, ADV), published: null, hasHeadline: false }, bundledKnowledge, { traceFrames: true })));
  }
});
console.log(`${'all'.padEnd(16)} ${all.digest('hex')}`);
