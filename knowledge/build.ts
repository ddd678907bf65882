/** `npm run knowledge [SEEDS_DIR]`: rebuilds knowledge/kb.json from the curated facts and the source texts. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledge, serialiseKnowledge } from './buildKnowledge';
import { curatedKnowledge } from './curated';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_SEEDS = resolve(here, '../../shared/seeds');
export const KB_PATH = join(here, 'kb.json');

export function readSources(dir: string): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const article of curatedKnowledge.articles) {
    const path = join(dir, article.file);
    if (existsSync(path)) sources[article.file] = readFileSync(path, 'utf8');
  }
  return sources;
}

function main(): void {
  const dir = resolve(process.argv[2] ?? DEFAULT_SEEDS);
  if (!existsSync(dir)) {
    console.error(`knowledge: no sources at ${dir}. Put the seed articles there (../shared/seeds beside the project) or pass their folder.`);
    process.exit(2);
  }
  const { kb, problems } = buildKnowledge(curatedKnowledge, readSources(dir));
  if (problems.length) {
    console.error(`knowledge: the KB and the sources disagree (${problems.length}):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  writeFileSync(KB_PATH, serialiseKnowledge(kb));
  const backed = kb.facts.filter((f) => f.provenance?.length).length;
  console.log(`knowledge: wrote ${KB_PATH}: ${kb.facts.length} facts (${backed} backed by source spans, ${kb.facts.length - backed} derived), ${kb.sourceErrors.length} source errors, horizon ${kb.horizon}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
