/** The `check` command's JSON contract, run as a user runs it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/check.ts', ...args], { cwd: root, encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'pardon-check-cli-'));
const txt = join(dir, 'report.txt');
writeFileSync(txt, 'Belarus pardons 32 political prisoners\nLukashenko pardoned 32 political prisoners, among them 24 men and eight women. It was the sixth round since July, bringing the total to 150.\n');
const html = join(dir, 'sport.html');
writeFileSync(html, '<html><head><meta property="article:published_time" content="2024-11-21"></head><body><h1>Dinamo win 4-2</h1><p>The club has won 12 of its last 15 games.</p></body></html>');

// the contract's keys, in order, with the per-claim reason code next to the verdict (issue 15)
const CLAIM_KEYS = ['quote', 'span', 'start', 'end', 'value', 'hedge', 'kind', 'verdict', 'reason', 'expected', 'sources', 'rule', 'frame'];

describe('npm run check -- --json', () => {
  it('prints exactly one JSON object per input, in input order, and nothing else', () => {
    const result = run('--json', txt, html);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line));
    expect(Object.keys(first)).toEqual(['input', 'published', 'topic', 'claims']);
    expect(first).toMatchObject({ input: txt, published: null, topic: true });
    for (const claim of first.claims) expect(Object.keys(claim)).toEqual(CLAIM_KEYS);
    const total = first.claims.find((c: { kind: string }) => c.kind === 'running_total');
    expect(total).toMatchObject({ span: '150', value: 150, verdict: 'contradicted', hedge: null });
    expect(total.sources.length).toBeGreaterThan(0);
    // the frame says why the total is pinned to now ("bringing the total to"), so a flag can be traced to its rule
    expect(total.frame).toMatch(/^event=release\(\w+:[\w-]+\) group=\S+ time=now\(stated:total-now\) basis=\S+$/);
    // and the extractor's rule that read the figure as a total is named too
    expect(total.rule).toBe('en-total-cue');
    expect(second).toEqual({ input: html, published: '2024-11-21', topic: false, claims: [] });
  });

  it('reports unreadable inputs on stderr with a non-zero exit, after reporting the others', () => {
    const missing = join(dir, 'missing.html');
    const result = run('--json', missing, txt);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`cannot read ${missing}`);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout).input).toBe(txt);
  });

  it('--date sets the page date that time-dependent verdicts use', () => {
    const result = run('--json', '--date', '2026-06-01', txt);
    const report = JSON.parse(result.stdout);
    expect(report.published).toBe('2026-06-01');
    expect(report.claims.find((c: { kind: string }) => c.kind === 'round_size').verdict).toBe('unverifiable');
  });

  it('without arguments checks the bundled demo page and prints a readable report, discrepancies first', () => {
    const out = execFileSync(tsx, ['scripts/check.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('demo-news.html');
    const verdictLines = out.split('\n').filter((l) => /^ {3}[✗⌛?✓]/.test(l));
    expect(verdictLines[0]).toMatch(/CONTRADICTED|OUTDATED/);
    expect(verdictLines.at(-1)).toMatch(/supported/);
  });
});

describe('check on pages after what the KB knows', () => {
  it('says how many figures it could not check and why, instead of silence', () => {
    const page = join(dir, 'after-horizon.txt');
    writeFileSync(page, 'URL: unknown\nOUTLET: A wire written for this test\nPUBLISHED: 2026-06-12\nLANG: en\n---\nBelarus frees 37 political prisoners\nLukashenko freed 37 political prisoners on Thursday after talks with a US envoy.\n');
    const { stdout } = run(page);
    expect(stdout).toContain('This page reports events after what the KB knows');
    expect(stdout).toContain('2 figures not checked');
    expect(stdout).toContain('[beyond-horizon]');
    const json = JSON.parse(run('--json', page).stdout.trim());
    expect(json.published).toBe('2026-06-12');
    expect(json.claims.map((c: { reason: string }) => c.reason)).toEqual(['beyond-horizon', 'beyond-horizon']);
  }, 30_000);
});
