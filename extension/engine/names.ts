/**
 * People, places and groups the topic turns on, under the many spellings transliteration gives them.
 * Exact stems catch the common spellings cheaply; fuse.js catches the rest (Lukashenka, Lukaschenko,
 * Łukaszenka, Tsikhanouskaïa…) without listing every variant.
 */
import Fuse from 'fuse.js';
import { hasBelarusCue } from './topicCue';

export interface NamedEntity {
  canonical: string;
  role: 'country' | 'leader' | 'prisoner' | 'opposition' | 'rights-group' | 'place';
  variants: string[];
}

export const ENTITIES: NamedEntity[] = [
  { canonical: 'Belarus', role: 'country', variants: ['Belarus', 'Belarusian', 'Byelorussia', 'Belorussia', 'Bielarus', 'Białoruś', 'Weissrussland'] },
  { canonical: 'Lukashenka', role: 'leader', variants: ['Lukashenka', 'Lukashenko', 'Lukaschenko', 'Łukaszenka', 'Loukachenko'] },
  { canonical: 'Kalesnikava', role: 'prisoner', variants: ['Kalesnikava', 'Kolesnikova', 'Kalesnikova'] },
  { canonical: 'Kastusyou', role: 'prisoner', variants: ['Kastusyou', 'Kastusiou', 'Kostusev', 'Kastusiow'] },
  // (the people whose sentences the KB holds, so that "Statkevich was serving 14 years" is checked)
  { canonical: 'Tsikhanouski', role: 'prisoner', variants: ['Tsikhanouski', 'Tikhanovsky', 'Tsikhanovsky', 'Tsikhanovski', 'Cichanouski', 'Tichanowski'] },
  { canonical: 'Statkevich', role: 'prisoner', variants: ['Statkevich', 'Statkevič', 'Statkevitch', 'Statkiewicz', 'Statkevych'] },
  { canonical: 'Kuznechyk', role: 'prisoner', variants: ['Kuznechyk', 'Kuznechik', 'Kuznyechyk', 'Kuzniečyk', 'Kuznieczyk'] },
  { canonical: 'Maushuk', role: 'prisoner', variants: ['Maushuk', 'Movshuk', 'Mauszuk'] },
  { canonical: 'Bialiatski', role: 'prisoner', variants: ['Bialiatski', 'Byalyatski', 'Bialiatsky', 'Belyatsky', 'Bialacki'] },
  { canonical: 'Tsikhanouskaya', role: 'opposition', variants: ['Tsikhanouskaya', 'Tikhanovskaya', 'Tsikhanovskaya', 'Cichanouska'] },
  { canonical: 'Viasna', role: 'rights-group', variants: ['Viasna', 'Vyasna', 'Viasna96', 'Wiasna'] },
  { canonical: 'Sapelka', role: 'rights-group', variants: ['Sapelka', 'Sapelko'] },
  { canonical: 'Minsk', role: 'place', variants: ['Minsk'] },
];


const fuse = new Fuse(
  ENTITIES.flatMap((entity) => entity.variants.map((variant) => ({ variant, entity }))),
  { keys: ['variant'], threshold: 0.25, ignoreLocation: true, includeScore: true },
);
const lookupCache = new Map<string, NamedEntity | null>();

/** The entity a capitalised word names, allowing for spelling variants; null when none is close. */
export function resolveName(word: string): NamedEntity | null {
  const key = word.replace(/['’]s$/, '');
  if (key.length < 5) return null;
  let hit = lookupCache.get(key);
  if (hit === undefined) {
    const best = fuse.search(key, { limit: 1 })[0];
    hit = best && (best.score ?? 1) <= 0.25 ? best.item.entity : null;
    if (lookupCache.size > 5000) lookupCache.clear();
    lookupCache.set(key, hit);
  }
  return hit;
}

const CAPITALISED = /\b[A-ZŁŚŻ][\p{L}'’]{4,}/gu;

/** Entities named in a piece of text, canonical names in order of first mention. */
export function entitiesIn(text: string): NamedEntity[] {
  const found: NamedEntity[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const entity = resolveName(match[0]);
    if (entity && !found.includes(entity)) found.push(entity);
  }
  return found;
}

/** True when the text is about Belarus at all: exact stems first, fuzzy names only if those fail. */
export function mentionsBelarus(text: string): boolean {
  if (hasBelarusCue(text)) return true;
  let checked = 0;
  for (const match of text.matchAll(CAPITALISED)) {
    if (++checked > 400) break; // bounded: a long off-topic page must stay cheap
    const entity = resolveName(match[0]);
    if (entity && entity.role !== 'place') return true;
  }
  return false;
}
