/**
 * The commands as a newcomer meets them: `check` piped into `head` ends quietly, and `eval` on a clone without
 * ../shared beside it still scores the written corpus, says what is missing and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

describe('npm run -s check -- FILE | head -1', () => {
  it('prints the first line and ends without an error or a stack trace', () => {
    // enough inputs that check is still writing when head has quit
    const inputs = Array.from({ length: 30 }, () => 'tests/pages/demo-news.html').join(' ');
    const result = spawnSync('bash', ['-c', `"${tsx}" scripts/check.ts ${inputs} | head -1; exit \${PIPESTATUS[0]}`], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toBe('━━ tests/pages/demo-news.html\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('npm run eval without ../shared', () => {
  // a clone of the project's layout in a folder with no ../shared beside it: scripts copied (they find ../shared
  // from their own place), the rest linked
  const outer = mkdtempSync(join(tmpdir(), 'pardon-check-noshared-'));
  const clone = join(outer, 'project');
  mkdirSync(clone);
  cpSync(join(root, 'scripts'), join(clone, 'scripts'), { recursive: true });
  for (const entry of ['extension', 'knowledge', 'tests', 'node_modules', 'package.json', 'tsconfig.json']) symlinkSync(join(root, entry), join(clone, entry));
  afterAll(() => rmSync(outer, { recursive: true, force: true }));

  it('scores the written corpus, names the missing real pages and exits non-zero', () => {
    const result = spawnSync(tsx, ['scripts/eval.ts'], { cwd: clone, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^Corpus: \d+ pages, \d+ annotated figures/);
    expect(result.stdout).toContain('01-wire-round5.txt');
    expect(result.stdout).not.toContain('Real pages');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${join(outer, 'shared/real-pages')} is missing`)]);
    expect(result.status).toBe(1);
  });

  it('--json still prints the corpus scores, with no real-page scores', () => {
    const result = spawnSync(tsx, ['scripts/eval.ts', '--json'], { cwd: clone, encoding: 'utf8' });
    const summary = JSON.parse(result.stdout);
    expect(summary.corpus.pages).toBeGreaterThan(40);
    expect(summary.real).toBeNull();
    expect(result.stderr).toContain('is missing');
    expect(result.status).toBe(1);
  });
});
