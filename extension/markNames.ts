/**
 * The names our marks carry in the page, made per page load, and the parts of a page their styles may sit on; both
 * travel in messages (messages.ts), so they are checked here on receipt.
 *
 * The document's highlight registry and the host element are visible to the page's own scripts, so no
 * name of ours is fixed or guessable: a page cannot probe for `::highlight(some-known-name)` or look up a
 * known element name to learn that the reader runs this extension. The sheet that paints them: ui/markStyles.ts.
 */
import type { Verdict } from './engine/types';

export interface MarkNames {
  /** highlight name per verdict, and one for the flash of a revealed figure */
  highlight: Record<Verdict | 'flash', string>;
  /** the element holding the card and badges (a valid custom-element name, so it can hold a shadow root) */
  host: string;
  /** the wrapper element used only where the Highlight API is missing */
  mark: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case letters only: valid in CSS identifiers and element names. */
function randomWord(length: number, random: (n: number) => Uint8Array): string {
  return Array.from(random(length), (byte) => LETTERS[byte % LETTERS.length]).join('');
}

const cryptoBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export function randomMarkNames(random: (n: number) => Uint8Array = cryptoBytes): MarkNames {
  const word = () => randomWord(10, random);
  return {
    highlight: { contradicted: word(), outdated: word(), supported: word(), unverifiable: word(), flash: word() },
    host: `${word()}-${word()}`,
    mark: `${word()}-${word()}`,
  };
}

export function isMarkNames(value: unknown): value is MarkNames {
  if (typeof value !== 'object' || value === null) return false;
  const { highlight, host, mark } = value as Partial<MarkNames>;
  const ident = (s: unknown) => typeof s === 'string' && /^[a-z]{4,40}$/.test(s);
  const element = (s: unknown) => typeof s === 'string' && /^[a-z]{2,40}-[a-z]{2,40}$/.test(s);
  return typeof highlight === 'object' && highlight !== null && element(host) && element(mark)
    && (['contradicted', 'outdated', 'supported', 'unverifiable', 'flash'] as const).every((k) => ident(highlight[k]));
}

/**
 * A selector our marks' rules may sit on (see extension/content/markScope.ts): `:root`, an element's tag,
 * or a tag with an id or one class, each a plain identifier. Nothing else is ever written into a sheet.
 */
export const isMarkScope = (value: unknown): value is string => typeof value === 'string'
  && (value === ':root' || /^[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,4}(?:[#.]-?[A-Za-z_][A-Za-z0-9_-]{0,80})?$/.test(value));
