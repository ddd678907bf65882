/**
 * The background's work budget per page (engineHost.ts, engine/budget.ts): past it, the rest of the page is left
 * unread and the answer says so, so that no page holds up the checks of other tabs. The budget counts work units,
 * not time, so where a page stops is the same on every machine and every run: these tests hold it to that.
 */
import { describe, expect, it } from 'vitest';
import { EngineHost, PAGE_WORK_BUDGET } from '../../extension/background/engineHost';
import { analyzePage } from '../../extension/engine/analyze';
import { CLAIM_WORK, FIGURE_WORK, WorkBudget } from '../../extension/engine/budget';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { extractClaims, MAX_FIGURES } from '../../extension/engine/extract';
import { MAX_SENTENCE } from '../../extension/engine/sentences';
import { withEngineCut, type AnalyzeRequest, type PageStatus } from '../../extension/messages';

/** A live blog of `entries` paragraphs, each with figures the engine reads as claims. */
function liveBlog(entries: number): string {
  const lines = ['Belarus frees political prisoners: live'];
  for (let i = 0; i < entries; i++) lines.push(`Update ${i + 1}: Lukashenko pardoned ${20 + (i % 30)} political prisoners, among them ${2 + (i % 5)} women.`);
  return lines.join('\n');
}

const request = (text: string): Omit<AnalyzeRequest, 'settings'> => ({ type: 'pardon-check/analyze', text, published: '2024-11-21', hasHeadline: true, sections: [] });

/** The most one piece of text (a sentence, at most MAX_FIGURES figures, each a claim) can add past the limit. */
const ONE_PIECE = MAX_SENTENCE + (FIGURE_WORK + CLAIM_WORK) * MAX_FIGURES;

describe('the work budget per page', () => {
  it('answers a page past its budget for the page\'s first part, in full there, and says the page was read in part', () => {
    const text = liveBlog(300);
    const whole = new EngineHost(kb, undefined, { workBudget: Infinity }).analyze('1:0', request(text));
    const cut = new EngineHost(kb, undefined, { workBudget: 20_000 }).analyze('1:0', request(text));
    expect(whole.partial).toBe(false);
    expect(cut.partial).toBe(true);
    expect(cut.claims.length).toBeGreaterThan(0);
    expect(cut.claims.length).toBeLessThan(whole.claims.length / 4);
    // the claims are those of the first paragraphs, where and how the whole page's answer has them
    const strip = ({ start, end, quoteStart, quoteEnd, value, kind, verdict }: (typeof whole.claims)[number]) => ({ start, end, quoteStart, quoteEnd, value, kind, verdict });
    expect(cut.claims.map(strip)).toEqual(whole.claims.slice(0, cut.claims.length).map(strip));
  });

  it('stops the same page at the same figure every time: the work is counted, not timed', () => {
    const text = liveBlog(200);
    // each worker names its answers its own way (AnalyzeRequest.after); what they say is the same
    const answers = [1, 2, 3].map(() => ({ ...new EngineHost(kb, undefined, { workBudget: 30_000 }).analyze('1:0', request(text)), answer: undefined }));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('passes its limit by one piece of text at most, and spends on every figure it reads', () => {
    const text = liveBlog(120);
    const unlimited = new WorkBudget(Infinity);
    extractClaims(text, true, undefined, unlimited);
    const total = unlimited.spent;
    for (const limit of [0, 1_000, 10_000, Math.floor(total / 2)]) {
      const budget = new WorkBudget(limit);
      const claims = extractClaims(text, true, undefined, budget);
      expect(budget.spent).toBeLessThanOrEqual(limit + ONE_PIECE);
      expect(budget.spent).toBeGreaterThanOrEqual(claims.length * (FIGURE_WORK + CLAIM_WORK));
      expect(budget.stopped).toBe(true);
    }
    // exactly enough: the page is read to its end, and nothing is said to be left
    const enough = new WorkBudget(total);
    extractClaims(text, true, undefined, enough);
    expect(enough.stopped).toBe(false);
  });

  it('reads a page under its budget in full, as the engine does without one', () => {
    const text = liveBlog(40);
    const answer = new EngineHost(kb).analyze('1:0', request(text));
    expect(answer.partial).toBe(false);
    expect(answer.claims.length).toBe(analyzePage({ text, published: '2024-11-21', hasHeadline: true }, kb).claims.length);
    // the default leaves ordinary long pages whole: a live blog of 1,500 updates (about 130 kB)
    const budget = new WorkBudget(PAGE_WORK_BUDGET);
    extractClaims(liveBlog(1500), true, undefined, budget);
    expect(budget.stopped).toBe(false);
  });

  it('reads a page that keeps asking further each time, paying only for paragraphs not read before, until it is whole', () => {
    const text = liveBlog(150);
    const whole = new EngineHost(kb, undefined, { workBudget: Infinity }).analyze('1:0', request(text));
    const host = new EngineHost(kb, undefined, { workBudget: 25_000 });
    const counts: number[] = [];
    let answer = host.analyze('7:0', request(text));
    for (let asked = 1; answer.partial && asked < 50; asked++) {
      counts.push(answer.claims.length);
      answer = host.analyze('7:0', request(text));
    }
    expect(counts.length).toBeGreaterThan(2);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
    // a paragraph cut short was not kept as if read in full: the last answer is the whole page's
    expect(answer.partial).toBe(false);
    expect(answer.claims).toEqual(whole.claims);
  });

  it('the popup is told a page read in part is too long to check fully', () => {
    const checked: PageStatus = { state: 'checked', published: null, round: null, claims: [], truncated: false };
    expect(withEngineCut(checked, true)).toEqual({ ...checked, truncated: true });
    expect(withEngineCut(checked, false)).toEqual(checked);
    expect(withEngineCut({ ...checked, truncated: true }, false)).toEqual({ ...checked, truncated: true });
    expect(withEngineCut({ state: 'off-topic' }, true)).toEqual({ state: 'off-topic' });
    expect(withEngineCut({ ok: true }, true)).toEqual({ ok: true });
  });
});
