/** Dates and windows: which rounds could be "the latest" on a given day, and how to say a time in words. */
import type { DateWindow, PardonRound } from './types';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

const shiftedDates = new Map<string, string>();

export function addDays(iso: string, days: number): string {
  const key = `${iso}${days}`;
  let shifted = shiftedDates.get(key);
  if (shifted === undefined) {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    shifted = date.toISOString().slice(0, 10);
    if (shiftedDates.size > 1000) shiftedDates.clear();
    shiftedDates.set(key, shifted);
  }
  return shifted;
}

/** 1300 → "1,300" without Intl, which is slow to start in a content script. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function overlaps(a: DateWindow, b: DateWindow): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Rounds that may be the most recent one on `date`: begun by then, and not certainly followed
 * by a later round that had already happened. The sources leave dates loose, so this is a set.
 */
export function roundsCurrentOn(date: string, rounds: PardonRound[]): PardonRound[] {
  // a round dated to the day has happened on that day: a page of that day reports it, not the one before
  const happened = (later: PardonRound) => later.window.to < date || (later.window.from === later.window.to && later.window.to === date);
  return rounds.filter((r, i) => r.window.from <= date && !rounds.slice(i + 1).some(happened));
}

/** "November 2024", "November–December 2024", "November 2024 – January 2025" */
export function describeWindow(window: DateWindow): string {
  const [fy, fm] = window.from.split('-').map(Number);
  const [ty, tm] = window.to.split('-').map(Number);
  if (fy === ty && fm === tm) return `${MONTH_NAMES[fm - 1]} ${fy}`;
  if (fy === ty) return `${MONTH_NAMES[fm - 1]}–${MONTH_NAMES[tm - 1]} ${fy}`;
  return `${MONTH_NAMES[fm - 1]} ${fy} – ${MONTH_NAMES[tm - 1]} ${ty}`;
}

/** "2024-11-12" → "12 November 2024" */
export function describeDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/**
 * A round in words. One dated to the day is named by its day ("the pardon of 7 May 2025"): from 2025 on outlets number
 * rounds in three ways (since July 2024, decrees only, within the year), so a number would mislead.
 */
export function describeRound(round: PardonRound): string {
  if (round.window.from === round.window.to) return `the ${round.means === 'decree' ? 'pardon' : 'release'} of ${describeDay(round.window.from)}`;
  const [year, month] = round.month.split('-').map(Number);
  const part = round.part === 'mid' ? 'mid-' : round.part ? `${round.part} ` : '';
  const when = round.monthGiven === false ? describeWindow(round.window) : `${part}${MONTH_NAMES[month - 1]} ${year}`;
  return `the ${ORDINAL_WORDS[round.round] ?? `#${round.round}`} round (${when})`;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** A page's date as YYYY-MM-DD, from any ISO-like or common written form; null when unreadable. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = raw.match(/(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const slashed = raw.match(/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/);
  if (slashed) return valid(`${slashed[1]}-${slashed[2].padStart(2, '0')}-${slashed[3].padStart(2, '0')}`);
  // "10.12.2024", as Russian and Belarusian pages write dates: day first (Date.parse would read 12 October)
  const dotted = raw.match(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/);
  if (dotted) return valid(`${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`);
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** A real calendar date? Checked by arithmetic: the first Date a content script makes costs about 1 ms. */
function valid(iso: string): string | null {
  const [year, month, day] = iso.split('-').map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days ? iso : null;
}
