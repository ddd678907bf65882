/**
 * The engine as the extension ships it, for the engine-alone bench (scripts/bench/engine.ts). tsx compiles our sources
 * with esbuild's keepNames, which wraps every named closure in `__name` (a defineProperty each time one is made): 10-14 %
 * of some adversarial rows that users never pay. So the bench times the engine built the way WXT builds the background:
 * Vite (the same version and defaults: Rolldown, Vite's own minifier, no keepNames), bundled into a temporary module.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, version } from 'vite';
import type { analyzePage } from '../../extension/engine/analyze';
import type { KnowledgeBase } from '../../extension/engine/types';
import { root } from './options';

export interface TimedEngine {
  analyzePage: typeof analyzePage;
  bundledKnowledge: KnowledgeBase;
  /** which build was timed, for the bench's header */
  build: string;
}

/** Builds the engine with Vite in library mode (WXT builds the background the same way, as an IIFE) and loads it. */
export async function shippedEngine(): Promise<TimedEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'pardon-check-engine-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, [
      `export { analyzePage } from ${JSON.stringify(join(root, 'extension/engine/analyze'))};`,
      `export { bundledKnowledge } from ${JSON.stringify(join(root, 'extension/engine/bundledKnowledge'))};`,
    ].join('\n'));
    // the defaults the extension's build keeps (target, minifier); WXT's production mode; no public folder to copy
    await build({
      configFile: false, root, logLevel: 'warn', mode: 'production', publicDir: false,
      build: { lib: { entry, formats: ['es'], fileName: () => 'engine.mjs' }, outDir: join(dir, 'out'), emptyOutDir: false },
    });
    const engine = await import(pathToFileURL(join(dir, 'out', 'engine.mjs')).href);
    return { ...engine, build: `the shipped build (Vite ${version}, minified, no keepNames)` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
