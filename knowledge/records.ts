/**
 * The KB's records: what each source report is and says, as plain data (JSON), so that adding a report is adding
 * records. The project's own records (the five seed reports) are `knowledge/records/*.json`; a folder of further
 * reports passed to `npm run knowledge -- --sources DIR` may carry its own `records.json` beside its texts.
 * Every records file has the same shape, any of its sections may be left out. docs/knowledge.md explains each field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export interface SourceRecord {
  /** short id, the first three characters of the file name ("000"); explanations cite sources by it */
  id: string;
  file: string;
  /** the outlet, only when the text itself names it */
  outlet: string | null;
  /** false when the text starts with its body (no headline line); default true */
  hasHeadline?: boolean;
  /** the round of pardons the report announces */
  aboutRound: number;
  /** the date the text itself carries (a date line), YYYY-MM-DD; without one the report is taken to be written while its round was the news */
  dated?: string;
  /** true when the report counts pardons "this year" */
  saysThisYear?: boolean;
  /** what the text fixes about when it was written: a date line, past and coming events it names */
  notBefore?: DateBound;
  notAfter?: DateBound;
  /** what the report is, in a sentence: what makes its round and time the ones recorded */
  reasoning: string;
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

export interface RoundFigureRecord {
  kind: ClaimKind;
  value: number;
  statedIn: string[];
  derivedFrom?: string;
  basedOn?: string[];
  agreeing?: AgreeingRecord[];
  errors?: ErrorRecord[];
}

export interface RoundRecord {
  round: number;
  /** who announced the figures, when the sources say */
  attributedTo?: string;
  time: {
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
  /** how its place in the order of rounds is known */
  order: { basis: string; sources: string[] };
  figures: RoundFigureRecord[];
  /** sources that state the round's ordinal ("the sixth"); the value is the round number */
  ordinal?: { statedIn?: string[] };
  /** the running total after the round is derived; these say who states it, approximates it or gets it wrong */
  total?: { statedIn?: string[]; agreeing?: AgreeingRecord[]; errors?: ErrorRecord[] };
}

/** A figure not tied to a round: a prisoner count, a context figure. */
export interface FactRecord {
  id: string;
  kind: ClaimKind;
  value: number;
  hedge?: Hedge;
  /** the figure held when these sources were written: its time window is theirs */
  asOf?: string[];
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

/** Reads every records file of the project and of the given folders of reports. */
export function loadRecords(folders: string[], projectDir = PROJECT_RECORDS): { records: RecordSet; problems: string[] } {
  const records = emptyRecordSet();
  const problems: string[] = [];
  const files = readdirSync(projectDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(projectDir, f));
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

/** The text of every source the records name, found in the first folder that holds it. */
export function readSourceTexts(records: RecordSet, folders: string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { file } of records.sources) {
    const folder = folders.find((f) => existsSync(join(f, file)));
    if (folder) texts[file] = readFileSync(join(folder, file), 'utf8');
  }
  return texts;
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
    need(typeof s.id === 'string' && s.id.length === 3 && s.file?.startsWith(s.id), `${at}: id must be the file name's first three characters`);
    need(s.outlet === null || typeof s.outlet === 'string', `${at}: outlet must be a name or null`);
    need(Number.isInteger(s.aboutRound) && s.aboutRound > 0, `${at}: aboutRound must be a round number`);
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
    bound(r.time?.notBefore, `${at}: time.notBefore`);
    bound(r.time?.notAfter, `${at}: time.notAfter`);
    need(r.order && typeof r.order.basis === 'string' && list(r.order.sources), `${at}: order needs basis and sources`);
    need(Array.isArray(r.figures) && r.figures.some((f) => f.kind === 'round_size'), `${at}: figures must include its round_size`);
    for (const f of r.figures ?? []) need(f.kind?.startsWith('round_') && Number.isFinite(f.value) && list(f.statedIn), `${at}: figure ${f.kind} needs a round_ kind, a value and statedIn`);
  }
  for (const f of records.facts ?? []) {
    need(typeof f.id === 'string' && typeof f.kind === 'string' && Number.isFinite(f.value) && list(f.statedIn), `fact ${f.id ?? '?'}: needs id, kind, value and statedIn`);
    need(!f.asOf || list(f.asOf), `fact ${f.id}: asOf must list source ids`);
  }
  const election = records.calendar?.election;
  if (election) need(ISO_DAY.test(election.date ?? '') && list(election.statedIn) && typeof election.reasoning === 'string', 'calendar.election needs date, statedIn and reasoning');
  return problems;
}
