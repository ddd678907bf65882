/**
 * The floors of extension/ (docs/architecture.md): a module imports from its own folder or from a folder on a lower
 * floor, never up or sideways, and no files import each other in a circle. A change that needs an upward import
 * means a type or a function sits on the wrong floor.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const EXTENSION = join(ROOT, 'extension');

/** Lowest first. A file's folder is the first folder under extension/ ('' for the files at its top). */
export const FLOORS: readonly (readonly string[])[] = [
  ['engine'], // figures, frames, verdicts, the KB: pure TypeScript, no DOM, no browser API
  ['i18n', 'page', 'settings'], // the interface's words; DOM in and out; the reader's settings
  ['export'], // ClaimReview, Web Annotation, CSV and Markdown writers
  ['desk'], // the draft desk's check, its exports and the hand-off of a selection
  [''], // messages.ts and markNames.ts: what the parts send each other, validated on receipt
  ['ui'], // highlights, badges, the card, the settings' components
  ['content', 'background'], // the checker in pages; the engine's host and the tabs' state in the background
];

/** Where extension/ may reach outside itself: the built KB. */
const OUTSIDE_ALLOWED = ['knowledge/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: as written (json, css), or with .ts, .tsx or /index.ts added. */
function resolveImport(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next
    }
  }
  throw new Error(`${relative(ROOT, from)} imports ${specifier}, which is no file`);
}

/** Every relative import of every file, type-only and dynamic ones included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(EXTENSION)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.')).map((s) => resolveImport(file, s));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

const folderOf = (file: string) => {
  const parts = relative(EXTENSION, file).split('/');
  return parts.length > 1 ? parts[0] : '';
};
const floorOf = (folder: string) => FLOORS.findIndex((floor) => floor.includes(folder));
const name = (file: string) => relative(ROOT, file);

/** The circles of the graph: its strongly connected components of more than one file, or a file importing itself. */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.map(name).sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** Imports up a floor or sideways to another folder of the same floor, and out of extension/ but to the KB. */
function wrongImports(graph: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (relative(EXTENSION, target).startsWith('..')) {
        if (!OUTSIDE_ALLOWED.some((dir) => relative(ROOT, target).startsWith(dir))) wrong.push(`${name(file)} → ${name(target)} (outside extension/)`);
        continue;
      }
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to && floorOf(to) >= floorOf(from)) wrong.push(`${name(file)} → ${name(target)} (floor ${floorOf(from)} → ${floorOf(to)})`);
    }
  }
  return wrong;
}

describe('import floors of extension/', () => {
  const graph = importGraph();

  it('reads the imports of every file, on a floor each', () => {
    expect(graph.size).toBeGreaterThan(40);
    const unplaced = [...graph.keys()].filter((f) => floorOf(folderOf(f)) < 0).map(name);
    expect(unplaced, 'files in a folder with no floor: add it to FLOORS and docs/architecture.md').toEqual([]);
  });

  it('imports only from its own folder or a lower floor', () => {
    expect(wrongImports(graph)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle, an upward, a sideways and an outward import where there is one', () => {
    // the checks themselves, on a made-up graph
    const [a, b, c, d, e] = ['engine/a.ts', 'engine/b.ts', 'ui/c.ts', 'i18n/d.ts', 'page/e.ts'].map((f) => join(EXTENSION, f));
    const outside = join(ROOT, 'tests/x.ts');
    const made = new Map([[a, [b, c]], [b, [a]], [c, []], [d, [e, outside]], [e, []]]);
    expect(circles(made)).toEqual([['extension/engine/a.ts', 'extension/engine/b.ts']]);
    expect(wrongImports(made)).toEqual([
      'extension/engine/a.ts → extension/ui/c.ts (floor 0 → 5)',
      'extension/i18n/d.ts → extension/page/e.ts (floor 1 → 1)',
      'extension/i18n/d.ts → tests/x.ts (outside extension/)',
    ]);
  });
});
