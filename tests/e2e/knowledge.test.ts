/**
 * The knowledge page (knowledge.html) in the built extension, in headless Chromium: the eight rounds on the
 * timeline, the running-total chart and its table, the prisoner counts, the source-error ledger, deep links to a
 * fact, and no accessibility violations in light or dark. Screenshots go to tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { axeViolations } from './axe';
import { ARTIFACTS, launchChromium, type ChromiumSession } from './chromium';

/** every release the KB holds, in order, with its size and the total since July 2024 after it */
const ROUNDS = kb.rounds;
const SIZES = ROUNDS.map((r) => kb.facts.find((f) => f.kind === 'round_size' && f.round === r.round)!.value);
const totalAfter = (round: number) => kb.facts.find((f) => f.kind === 'running_total' && f.round === round && (f.since ?? '2024-07') === kb.calendar!.start.month)!.value;
const TOTALS = ROUNDS.map((r) => totalAfter(r.round));
/** the chart steps at each release that pardoned someone; one that freed without a new pardon leaves the total as it was */
const PARDONS = ROUNDS.filter((r) => r.pardon !== false);

let session: ChromiumSession;
let page: Page;
const requests: string[] = [];
const knowledgeUrl = (hash = '') => `chrome-extension://${session.extensionId}/knowledge.html${hash}`;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchChromium();
  session.context.on('request', (request) => requests.push(request.url()));
  page = await session.context.newPage();
  await page.goto(knowledgeUrl());
  await page.waitForSelector('[data-list="rounds"] li');
});

afterAll(async () => {
  await session?.close();
});

const texts = (selector: string) => page.locator(selector).allTextContents();
const numbers = (values: string[]) => values.map((v) => Number(v.replace(/\D/g, '')));

describe('the knowledge page', () => {
  it('shows every round on a timeline, each with its size, running total and composition', async () => {
    expect(await page.locator('.timeline > li.round').count()).toBe(ROUNDS.length);
    const sizes = await texts('.timeline > li.round .size a:first-child');
    expect(numbers(sizes.map((s) => s.split(' ')[0]))).toEqual(SIZES);
    const totals = await texts('.timeline > li.round .size a:nth-child(2)');
    expect(numbers(totals.map((s) => s.split(' ')[0]))).toEqual(TOTALS);
    const round6 = page.locator('.timeline > li[data-round="6"] .composition li');
    expect(await round6.allTextContents()).toEqual(expect.arrayContaining(['24 men', '8 women', '9 aged over 50']));
  });

  it('draws the running total as an SVG chart with a point per round, and gives its figures as a table', async () => {
    const chart = page.locator('svg[data-chart="running-total"]');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').first().textContent()).toMatch(/running total/i);
    expect(await chart.locator('.points circle').count()).toBe(PARDONS.length);
    // labels where they do not crowd each other: the first point's, then each far enough from the last labelled one
    const labels = numbers(await chart.locator('.points .value').allTextContents());
    const totals = PARDONS.map((r) => totalAfter(r.round));
    expect(labels[0]).toBe(totals[0]);
    expect(labels.at(-1)).toBe(totals.at(-1));
    expect(labels.every((value, i) => totals.includes(value) && (i === 0 || value > labels[i - 1]))).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(Math.min(totals.length, 8));
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    // the step line rises left to right: each round's point is right of and above the one before
    const centres = await chart.locator('.points circle').evaluateAll((circles) => circles.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })));
    for (let i = 1; i < centres.length; i++) {
      expect(centres[i].x).toBeGreaterThan(centres[i - 1].x);
      expect(centres[i].y).toBeLessThan(centres[i - 1].y);
    }
    const rows = page.locator('table[data-table="running-total"] tbody tr');
    expect(await rows.count()).toBe(ROUNDS.length);
    expect(numbers(await rows.locator('td:nth-child(4)').allTextContents())).toEqual(TOTALS);
  });

  it('lists the prisoner counts by monitor and date', async () => {
    const rows = page.locator('table[data-table="held"] tbody tr');
    expect(await rows.count()).toBe(kb.facts.filter((f) => f.kind === 'prisoners_held').length);
    expect(await rows.locator('th').allTextContents()).toContain('Viasna');
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(expect.arrayContaining(['1,278', 'approximately 1,300', 'over 1,200', 'at least 1,253']));
  });

  it('shows the source-error ledger: what each source said, and what the KB holds instead', async () => {
    const rows = page.locator('table[data-table="ledger"] tbody tr');
    expect(await rows.count()).toBe(kb.sourceErrors.length + (kb.nameErrors?.length ?? 0));
    const pairs = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('.stated')?.textContent, tr.querySelector('.corrected')?.textContent]));
    expect(pairs).toEqual(expect.arrayContaining([['178', '207'], ['115', '146']]));
    expect(await rows.first().locator('th').textContent()).toMatch(/characters \d+–\d+/);
  });

  it('lists every fact with where it stands in the sources, and the horizon with its reasoning', async () => {
    expect(await page.locator('li.fact').count()).toBe(kb.facts.length);
    expect(await page.locator('li.fact#r1\\.size .fact-sources').textContent()).toMatch(/seed report on the sixth round, Nov 2024.*characters 1104–1106/);
    expect(await page.locator('#kb-horizon').textContent()).toContain('19 March 2026');
    expect(await page.locator('#kb-horizon').textContent()).toContain(kb.horizonReasoning);
  });

  it('opens at a fact when the address names it (knowledge.html#r6.women)', async () => {
    const linked = await session.context.newPage();
    await linked.goto(knowledgeUrl('#r6.women'));
    const entry = linked.locator('[id="r6.women"]');
    await expect.poll(() => entry.getAttribute('class')).toContain('targeted');
    expect(await entry.textContent()).toContain('8 women');
    expect(await entry.evaluate((el) => document.activeElement === el)).toBe(true);
    const top = await entry.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    // a link inside the page moves the mark to the linked fact
    await linked.locator('.timeline > li[data-round="7"] .size a').first().click();
    await expect.poll(() => linked.locator('[id="r7.size"]').getAttribute('class')).toContain('targeted');
    await linked.close();
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations in the %s scheme (screenshot saved)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(24, 25, 28)');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `knowledge-${scheme}.png`), fullPage: true });
  });

  it('loads nothing from outside the extension', () => {
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${session.extensionId}/`))).toEqual([]);
  });
});
