/**
 * The KB's records: what each source report is and says, as plain data (JSON), so that adding a report is adding
 * records. The project's own records are `knowledge/records/*.json` (the five seed reports of 2024, and the reports of
 * 2025-26 in `2025-26-*.json`); a folder of further reports passed to `npm run knowledge -- --sources DIR` may carry
 * its own `records.json` beside its texts. Every records file has the same shape, any of its sections may be left
 * out. docs/knowledge.md explains each field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimKind, Hedge } from '../extension/engine/types';

export const PROJECT_RECORDS = fileURLToPath(new URL('./records', import.meta.url));
/** the name of a records file inside a folder of further reports */
export const FOLDER_RECORDS = 'records.json';

/** A dated limit on when something happened, with the reason in plain words. */
export interface DateBound {
  date: string;
  why: string;
}

/** Where a figure stands in a source, for a figure the engine does not read: the offset of its first character. */
export interface AtRecord {
  source: string;
  start: number;
}

/** A figure the engine reads in a source as something the source does not say (an engine misreading). */
export interface MisreadRecord {
  stated: number;
  /** the kind the engine reads it as */
  kind: ClaimKind;
  /** the fact it really is, when the KB holds it (the span then backs that fact) */
  factId?: string;
  why: string;
}

/** A name a source places in the wrong release. */
export interface NameErrorRecord {
  /** the name as the source spells it (a proper name, not a sentence) */
  name: string;
  /** the offset of the name's first character in the source */
  start: number;
  /** the round the source places the person in */
  placedIn: number;
  /** the round the person was in, when the KB knows it */
  actually?: number;
  why: string;
}

export interface SourceRecord {
  /** short id (3 to 6 lower-case letters or digits: "000", "k05", "en14"); explanations cite sources by it */
  id: string;
  /**
   * the text's path inside a folder given with --sources ("000_….txt", "2025-26/05_….txt"); "rp:PATH" is a page of
   * the real-pages folder (../shared/real-pages, beside the other folders)
   */
  file: string;
  /** the outlet: as the file's header gives it (OUTLET:), or as the text names it; null when neither does */
  outlet: string | null;
  /** the date the file's header gives (PUBLISHED:), YYYY-MM-DD; `publishedInferred` when the header says the store inferred it */
  published?: string;
  publishedInferred?: boolean;
  /** the language the header gives (LANG:) */
  lang?: string;
  /** what the report is, in our words, for sources without a header ("seed report on the sixth round, Nov 2024") */
  title?: string;
  /** false when the text starts with its body (no headline line); default true */
  hasHeadline?: boolean;
  /** the round of pardons the report announces; null for a report of counts that announces none */
  aboutRound: number | null;
  /** the date the text itself carries (a date line), YYYY-MM-DD; without one the report is taken to be written while its round was the news */
  dated?: string;
  /** true when the report counts pardons "this year" */
  saysThisYear?: boolean;
  /** what the text fixes about when it was written: a date line, past and coming events it names */
  notBefore?: DateBound;
  notAfter?: DateBound;
  /** what the report is, in a sentence: what makes its round and time the ones recorded */
  reasoning: string;
  /** figures the engine reads in it as something they are not */
  misread?: MisreadRecord[];
  /** names it places in the wrong release */
  nameErrors?: NameErrorRecord[];
}

/** A figure a source gives that agrees with a fact without being its value ("more than 225" for 227). */
export interface AgreeingRecord {
  source: string;
  stated: number;
  hedge: string | null;
  why: string;
}

/** A figure a source gives wrongly; the KB holds the fact's value instead. */
export interface ErrorRecord {
  source: string;
  stated: number;
  why: string;
}

/** How a release was made: see `Means` in extension/engine/types.ts. */
export type MeansRecord = 'release' | 'decree' | 'negotiated' | 'single';

/** One of a round's dates (signed, announced, released), with the sources that give it. */
export interface RoundDateRecord {
  date: string;
  sources: string[];
  why: string;
}

export interface RoundFigureRecord {
  kind: ClaimKind;
  value: number;
  /** the country for round_destination and round_nationals ("Ukraine") */
  subject?: string;
  /** a second accepted value where sources disagree: the id gets this suffix and the fact is a variant of the first */
  variant?: string;
  statedIn: string[];
  /** where it stands in sources whose figure the engine does not read */
  at?: AtRecord[];
  derivedFrom?: string;
  basedOn?: string[];
  agreeing?: AgreeingRecord[];
  errors?: ErrorRecord[];
}

export interface RoundRecord {
  round: number;
  /** who announced the figures, when the sources say */
  attributedTo?: string;
  /** how the people were freed (default 'decree') */
  means?: MeansRecord;
  /** false when the release was not a new pardon (a release the sources do not call one, or of someone pardoned before) */
  pardon?: boolean;
  /** what the round is, in a few of our words ("decree before Victory Day") */
  title?: string;
  /** the dates the sources give, where they differ from one another */
  dates?: { signed?: RoundDateRecord; announced?: RoundDateRecord; released?: RoundDateRecord };
  /** people the sources name among those freed */
  names?: { name: string; statedIn: string[]; note?: string }[];
  time: {
    /** the day it happened, when the sources give it */
    on?: DateBound;
    /** "YYYY-MM", only when a source gives the month; without it the round is known by a window only */
    month?: string;
    part?: 'early' | 'mid' | 'late';
    /** the day of the week a source gives for the announcement */
    weekday?: string;
    notBefore?: DateBound;
    notAfter?: DateBound;
    sources: string[];
    reasoning: string;
  };
  /** how its place in the order of rounds is known; `sameDay` when it may fall on the day of the round before */
  order: { basis: string; sources: string[]; sameDay?: boolean };
  figures: RoundFigureRecord[];
  /**
   * sources that state the round's ordinal, per convention: `statedIn` counts since the first round ("the sixth"),
   * `decrees` counts pardon decrees only, `inYear` counts within the calendar year; the values are derived
   */
  ordinal?: { statedIn?: string[]; decrees?: string[]; inYear?: string[]; agreeing?: AgreeingRecord[]; errors?: ErrorRecord[]; decreesErrors?: ErrorRecord[]; inYearErrors?: ErrorRecord[] };
  /** the running total after the round is derived; these say who states it, approximates it or gets it wrong */
  total?: { statedIn?: string[]; agreeing?: AgreeingRecord[]; errors?: ErrorRecord[] };
  /** the same for the total within the round's calendar year (derived for years after the first round's) */
  yearTotal?: { statedIn?: string[]; agreeing?: AgreeingRecord[]; errors?: ErrorRecord[] };
}

/** A figure not tied to a round: a prisoner count, a context figure. */
export interface FactRecord {
  id: string;
  kind: ClaimKind;
  value: number;
  hedge?: Hedge;
  /** the figure held when these sources were written: its time window is theirs */
  asOf?: string[];
  /** the day the figure held, when a source gives it ("as of 31 January 2025"): its window is that day */
  on?: DateBound;
  /** the round after which a stated total holds */
  round?: number;
  /** for totals: where the count starts (YYYY, YYYY-MM or YYYY-MM-DD) and what it counts */
  since?: string;
  basis?: 'pardons' | 'releases' | 'expulsions';
  /** for a second accepted value where sources disagree: the id of the first */
  variantOf?: string;
  /** where it stands in sources whose figure the engine does not read */
  at?: AtRecord[];
  attributedTo?: string;
  subject?: string;
  /** overrides the kind's label; may use {start}, {election} and {round} (see docs/knowledge.md) */
  label?: string;
  statedIn: string[];
  derivedFrom?: string;
  basedOn?: string[];
  agreeing?: AgreeingRecord[];
  errors?: ErrorRecord[];
}

export interface CalendarRecord {
  election?: { date: string; statedIn: string[]; reasoning: string };
  /** earlier presidential elections the sources name, by month (YYYY-MM) or day (YYYY-MM-DD) */
  earlierElections?: { date: string; statedIn: string[]; reasoning: string }[];
}

export interface Records {
  sources?: SourceRecord[];
  rounds?: RoundRecord[];
  facts?: FactRecord[];
  calendar?: CalendarRecord;
}

/** All records, merged, with the file each came from (for messages). */
export interface RecordSet {
  sources: SourceRecord[];
  rounds: RoundRecord[];
  facts: FactRecord[];
  calendar: CalendarRecord;
  origin: Map<object, string>;
}

export function emptyRecordSet(): RecordSet {
  return { sources: [], rounds: [], facts: [], calendar: {}, origin: new Map() };
}

/** Adds one records file's content; returns what is wrong with it. */
export function addRecords(set: RecordSet, records: Records, origin: string): string[] {
  const problems = validate(records, origin);
  if (problems.length) return problems;
  for (const key of ['sources', 'rounds', 'facts'] as const) {
    for (const record of records[key] ?? []) {
      set.origin.set(record, origin);
      (set[key] as object[]).push(record);
    }
  }
  for (const earlier of records.calendar?.earlierElections ?? []) {
    set.calendar.earlierElections = [...(set.calendar.earlierElections ?? []), earlier];
    set.origin.set(earlier, origin);
  }
  if (records.calendar?.election) {
    if (set.calendar.election && set.calendar.election.date !== records.calendar.election.date) {
      problems.push(`${origin}: the election is already recorded as ${set.calendar.election.date} (${set.origin.get(set.calendar.election)}).`);
    } else {
      set.calendar.election = records.calendar.election;
      set.origin.set(records.calendar.election, origin);
    }
  }
  return problems;
}

/** The project's records files of the 2024 seed reports alone (the others are named `2025-26-*.json`). */
export const SEED_RECORDS_ONLY = (file: string) => !/^\d{4}-\d{2}-/.test(file);

/** Reads every records file of the project (those `only` keeps) and of the given folders of reports. */
export function loadRecords(folders: string[], projectDir = PROJECT_RECORDS, only: (file: string) => boolean = () => true): { records: RecordSet; problems: string[] } {
  const records = emptyRecordSet();
  const problems: string[] = [];
  const files = readdirSync(projectDir).filter((f) => f.endsWith('.json') && only(f)).sort().map((f) => join(projectDir, f));
  for (const folder of folders) if (existsSync(join(folder, FOLDER_RECORDS))) files.push(join(folder, FOLDER_RECORDS));
  for (const file of files) {
    let parsed: Records;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as Records;
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message}).`);
      continue;
    }
    problems.push(...addRecords(records, parsed, file));
  }
  return { records, problems };
}

/** The prefix of a file of the real-pages folder ("rp:en/14_….txt"). */
export const REAL_PAGES_PREFIX = 'rp:';

/** Where a source's file is: in the first folder that holds it; an "rp:" file in a real-pages folder given, or beside one. */
export function locateSource(file: string, folders: string[]): string | null {
  const rest = file.slice(REAL_PAGES_PREFIX.length);
  const candidates = file.startsWith(REAL_PAGES_PREFIX)
    ? folders.map((f) => (basename(f) === 'real-pages' ? join(f, rest) : join(f, '..', 'real-pages', rest)))
    : folders.map((f) => join(f, file));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** A source file's header (URL:, OUTLET:, PUBLISHED:, LANG:, … up to a line `---`), when it has one. */
export interface SourceHeader {
  fields: Record<string, string>;
  /** where the text after the header starts in the file: offsets count from there */
  bodyStart: number;
}

const HEADER_LINE = /^[A-Z]+: /;

/** Splits a file into its header and its text; a file without a header is all text. */
export function splitHeader(raw: string): { header: SourceHeader | null; text: string } {
  if (!HEADER_LINE.test(raw)) return { header: null, text: raw };
  const end = raw.indexOf('\n---\n');
  if (end < 0) return { header: null, text: raw };
  const fields: Record<string, string> = {};
  for (const line of raw.slice(0, end).split('\n')) {
    const match = line.match(/^([A-Z]+): (.*)$/);
    if (match) fields[match[1]] = match[2].trim();
  }
  return { header: { fields, bodyStart: end + 5 }, text: raw.slice(end + 5) };
}

/** The text of every source the records name (without its header), found in the first folder that holds it. */
export function readSourceTexts(records: RecordSet, folders: string[]): Record<string, string> {
  return readSources(records, folders).texts;
}

export function readSources(records: RecordSet, folders: string[]): { texts: Record<string, string>; headers: Record<string, SourceHeader> } {
  const texts: Record<string, string> = {};
  const headers: Record<string, SourceHeader> = {};
  for (const { file } of records.sources) {
    const path = locateSource(file, folders);
    if (!path) continue;
    const { header, text } = splitHeader(readFileSync(path, 'utf8'));
    texts[file] = text;
    if (header) headers[file] = header;
  }
  return { texts, headers };
}

/** A header's PUBLISHED: "2025-05-07" (maybe with a note after it), or "unknown (inferred 2025-02-12)". */
export function headerDate(header: SourceHeader): { date: string; inferred: boolean } | null {
  const value = header.fields.PUBLISHED ?? '';
  const match = value.match(/^(?:unknown \(inferred )?(\d{4}-\d{2}-\d{2})/);
  return match ? { date: match[1], inferred: value.startsWith('unknown') } : null;
}

/** The records of a source must say what its header says: outlet, date (and whether inferred), language. */
export function checkHeaders(records: RecordSet, headers: Record<string, SourceHeader>): string[] {
  const problems: string[] = [];
  for (const s of records.sources) {
    const header = headers[s.file];
    if (!header) {
      if (s.published) problems.push(`source ${s.id}: published is ${s.published}, but ${s.file} has no header to give it.`);
      continue;
    }
    const date = headerDate(header);
    if (s.outlet !== (header.fields.OUTLET ?? null)) problems.push(`source ${s.id}: outlet is ${JSON.stringify(s.outlet)}, but the header of ${s.file} gives ${JSON.stringify(header.fields.OUTLET ?? null)}.`);
    if (!date || s.published !== date.date || Boolean(s.publishedInferred) !== date.inferred) {
      problems.push(`source ${s.id}: published is ${s.published ?? 'missing'}${s.publishedInferred ? ' (inferred)' : ''}, but the header of ${s.file} gives ${JSON.stringify(header.fields.PUBLISHED ?? null)}.`);
    }
    if (header.fields.LANG && s.lang !== header.fields.LANG) problems.push(`source ${s.id}: lang is ${s.lang ?? 'missing'}, but the header of ${s.file} gives ${header.fields.LANG}.`);
  }
  return problems;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/** Field checks a maintainer editing JSON by hand needs: each message names the file and the record. */
function validate(records: Records, origin: string): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(`${origin}: ${what}.`);
  };
  const bound = (b: DateBound | undefined, where: string) => {
    if (b) need(ISO_DAY.test(b.date ?? '') && typeof b.why === 'string' && b.why.length > 0, `${where} needs a date (YYYY-MM-DD) and a why`);
  };
  const list = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
  for (const s of records.sources ?? []) {
    const at = `source ${s.id ?? '?'}`;
    // the seeds' ids are their file names' first three characters; other reports' ids are short names of our own
    need(typeof s.id === 'string' && /^[a-z0-9]{3,6}$/.test(s.id) && (s.file?.includes('/') || s.file?.startsWith(s.id)), `${at}: id must be the file name's first three characters`);
    need(s.outlet === null || typeof s.outlet === 'string', `${at}: outlet must be a name or null`);
    need(s.aboutRound === null || (Number.isInteger(s.aboutRound) && s.aboutRound > 0), `${at}: aboutRound must be a round number`);
    need(!s.published || ISO_DAY.test(s.published), `${at}: published must be YYYY-MM-DD`);
    need(s.aboutRound !== null || s.dated || s.published || (s.notBefore && s.notAfter), `${at}: a report about no round needs a date (dated or published) or both bounds`);
    need(typeof s.reasoning === 'string' && s.reasoning.length > 0, `${at}: reasoning is missing`);
    need(!s.dated || ISO_DAY.test(s.dated), `${at}: dated must be YYYY-MM-DD`);
    bound(s.notBefore, `${at}: notBefore`);
    bound(s.notAfter, `${at}: notAfter`);
  }
  for (const r of records.rounds ?? []) {
    const at = `round ${r.round ?? '?'}`;
    need(Number.isInteger(r.round) && r.round > 0, `${at}: round must be a number from 1`);
    need(r.time && typeof r.time.reasoning === 'string' && list(r.time.sources), `${at}: time needs sources and reasoning`);
    need(!r.time?.month || ISO_MONTH.test(r.time.month), `${at}: time.month must be YYYY-MM`);
    need(!r.time?.part || r.time.month, `${at}: time.part needs time.month`);
    bound(r.time?.on, `${at}: time.on`);
    need(!r.means || ['release', 'decree', 'negotiated', 'single'].includes(r.means), `${at}: means must be release, decree, negotiated or single`);
    bound(r.time?.notBefore, `${at}: time.notBefore`);
    bound(r.time?.notAfter, `${at}: time.notAfter`);
    need(r.order && typeof r.order.basis === 'string' && list(r.order.sources), `${at}: order needs basis and sources`);
    need(Array.isArray(r.figures) && r.figures.some((f) => f.kind === 'round_size'), `${at}: figures must include its round_size`);
    for (const f of r.figures ?? []) need(f.kind?.startsWith('round_') && Number.isFinite(f.value) && list(f.statedIn), `${at}: figure ${f.kind} needs a round_ kind, a value and statedIn`);
  }
  for (const f of records.facts ?? []) {
    need(typeof f.id === 'string' && typeof f.kind === 'string' && Number.isFinite(f.value) && list(f.statedIn), `fact ${f.id ?? '?'}: needs id, kind, value and statedIn`);
    need(!f.asOf || list(f.asOf), `fact ${f.id}: asOf must list source ids`);
    bound(f.on, `fact ${f.id}: on`);
  }
  const election = records.calendar?.election;
  if (election) need(ISO_DAY.test(election.date ?? '') && list(election.statedIn) && typeof election.reasoning === 'string', 'calendar.election needs date, statedIn and reasoning');
  return problems;
}
