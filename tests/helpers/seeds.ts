/** The five source articles live outside the project (../shared/seeds); tests read them there. */
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/seeds');

export function readSeeds(): Record<string, string> {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(`The source articles are not at ${SEEDS_DIR}. These tests need ../shared/seeds beside the project (see README).`);
  }
  return Object.fromEntries(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]));
}
