/**
 * The desk's draft, kept private: handed from the context menu's handler to the desk through the browser's
 * session storage (memory only, never synced, never readable by content scripts or pages), taken out as soon as
 * the desk reads it, then kept under the desk's own tab only while that tab is open (a reload keeps it; closing
 * the tab drops it: entrypoints/background.ts). Nothing here goes to storage.local or storage.sync.
 */

/** What the desk opens with: the text, where it came from (the page's address) and the day it speaks as of. */
export interface DeskDraft {
  text: string;
  /** the page the text was selected on, or the address the journalist gave; null for a bare draft */
  url: string | null;
  /** ISO date the text speaks as of; null: the page gave no date (the desk takes today) */
  asOf: string | null;
}

/** Longest draft the desk takes: a long report is a few tens of thousands of characters. */
export const MAX_DRAFT_CHARS = 500_000;

/** The slice of storage.session the desk uses (the real area, or a fake in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

const HANDOFF_PREFIX = 'desk-handoff:';
const KEPT_PREFIX = 'desk-draft:';
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function isDeskDraft(value: unknown): value is DeskDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return typeof draft.text === 'string' && draft.text.length <= MAX_DRAFT_CHARS
    && (draft.url === null || (typeof draft.url === 'string' && draft.url.length <= 4096))
    && (draft.asOf === null || isIsoDate(draft.asOf));
}

/** A draft as the desk may hold it: text cut to the cap, line breaks as a textarea has them. */
export function deskDraft(text: string, url: string | null, asOf: string | null): DeskDraft {
  return { text: text.replace(/\r\n?/g, '\n').slice(0, MAX_DRAFT_CHARS), url: url ? url.slice(0, 4096) : null, asOf: isIsoDate(asOf) ? asOf : null };
}

/** Random letters: the hand-off's name, which only the desk opened for it learns (from its address). */
function handOffId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Leaves the draft for the desk; the answer goes into the desk's address (`draft.html#from=<id>`). */
export async function handOver(area: SessionArea, draft: DeskDraft): Promise<string> {
  const id = handOffId();
  await area.set({ [HANDOFF_PREFIX + id]: draft });
  return id;
}

/** The desk takes its draft: read once, removed at once. */
export async function takeHandOver(area: SessionArea, id: string): Promise<DeskDraft | null> {
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  const key = HANDOFF_PREFIX + id;
  const stored = await read(area, key);
  await quietly(() => area.remove(key));
  return isDeskDraft(stored) ? stored : null;
}

/** The desk's current draft, kept under its tab while the tab is open (so a reload does not lose it). */
export async function keepDraft(area: SessionArea, tabId: number, draft: DeskDraft): Promise<void> {
  await quietly(() => area.set({ [KEPT_PREFIX + tabId]: draft }));
}

export async function keptDraft(area: SessionArea, tabId: number): Promise<DeskDraft | null> {
  const stored = await read(area, KEPT_PREFIX + tabId);
  return isDeskDraft(stored) ? stored : null;
}

/** The desk's tab closed: its draft goes. */
export async function forgetDraft(area: SessionArea, tabId: number): Promise<void> {
  await quietly(() => area.remove(KEPT_PREFIX + tabId));
}

/** Without session storage (or over its quota) the desk still works; only a reload loses the draft. */
async function quietly(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch {
    // nothing kept
  }
}

async function read(area: SessionArea, key: string): Promise<unknown> {
  try {
    return (await area.get(key))[key];
  } catch {
    return undefined;
  }
}

/** The desk's address for a hand-off, and the hand-off named in a desk's address. */
export const deskPath = (id?: string): `/draft.html${string}` => `/draft.html${id ? `#from=${id}` : ''}`;
export const handOffIn = (hash: string): string | null => new URLSearchParams(hash.replace(/^#/, '')).get('from');
