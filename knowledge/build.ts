/**
 * `npm run knowledge [-- --sources DIR ... --out FILE]`: rebuilds knowledge/kb.json from the records and the source
 * texts. The records are the project's (knowledge/records/*.json) and a `records.json` in any folder given with
 * --sources; the texts are looked up in those folders, by the path the records give (subfolders included; "rp:…" in
 * the real-pages folder beside them). Without --sources: ../shared/seeds and ../shared/kb-sources. See
 * docs/knowledge.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../extension/engine/types';
import { buildKnowledge, serialiseKnowledge } from './buildKnowledge';
import { deriveKnowledge } from './derive';
import { checkHeaders, loadRecords, PROJECT_RECORDS, readSources } from './records';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_SEEDS = resolve(here, '../../shared/seeds');
/** the reports of 2025-26 (`2025-26/…`); the real-pages folder beside it holds the "rp:" sources */
export const DEFAULT_KB_SOURCES = resolve(here, '../../shared/kb-sources');
export const DEFAULT_FOLDERS = [DEFAULT_SEEDS, DEFAULT_KB_SOURCES];
export const KB_PATH = join(here, 'kb.json');

/**
 * Records of the project (those `only` keeps) and of the folders, derived, then checked against the folders' texts
 * and the texts' headers.
 */
export function buildFromSources(folders: string[], only?: (file: string) => boolean): { kb: KnowledgeBase; problems: string[] } {
  const { records, problems: unreadable } = loadRecords(folders, PROJECT_RECORDS, only);
  const derived = deriveKnowledge(records);
  const { texts, headers } = readSources(records, folders);
  const built = buildKnowledge(derived.kb, texts);
  const missing = built.problems.filter((p) => p.includes('source file is missing'));
  const hint = missing.length ? [`(looked for the texts in: ${folders.join(', ')}; "rp:" files in a real-pages folder beside them)`] : [];
  return { kb: built.kb, problems: [...unreadable, ...derived.problems, ...checkHeaders(records, headers), ...built.problems, ...hint] };
}

export function parseArgs(argv: string[]): { folders: string[]; out: string } {
  const folders: string[] = [];
  let out = KB_PATH;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sources') folders.push(resolve(argv[++i] ?? ''));
    else if (argv[i] === '--out') out = resolve(argv[++i] ?? '');
    else folders.push(resolve(argv[i])); // the older form: `npm run knowledge SEEDS_DIR`
  }
  return { folders: folders.length ? folders : DEFAULT_FOLDERS, out };
}

function main(): void {
  const { folders, out } = parseArgs(process.argv.slice(2));
  const absent = folders.filter((f) => !existsSync(f));
  if (absent.length) {
    console.error(`knowledge: no folder at ${absent.join(', ')}. Put the seed articles in ../shared/seeds and the reports of 2025-26 in ../shared/kb-sources beside the project, or pass the folders with --sources.`);
    process.exit(2);
  }
  const { kb, problems } = buildFromSources(folders);
  if (problems.length) {
    console.error(`knowledge: the records and the sources disagree (${problems.length}):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  writeFileSync(out, serialiseKnowledge(kb));
  const backed = kb.facts.filter((f) => f.provenance?.length).length;
  console.log(
    `knowledge: wrote ${out}: ${kb.facts.length} facts (${backed} backed by source spans, ${kb.facts.length - backed} derived), ` +
      `${kb.rounds.length} rounds, ${kb.articles.length} sources, ${kb.sourceErrors.length} source errors, ` +
      `complete up to ${kb.calendar?.horizon} (latest source written by ${kb.calendar?.horizonLatest}).`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
