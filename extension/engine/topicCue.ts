/**
 * The cheapest topic test, shared by the content script's gate and the engine: does the text talk about
 * pardons, clemency or political prisoners at all? Plain regexes, no dependencies, so the content script
 * can run it on every page without loading the engine. Its words come from each language pack's few gate tables
 * (lang/gate.ts), which stand apart from the packs so that the gate carries none of the rest of them.
 */
import type { GateTables } from './lang/index';
import { BE_GATE, EN_GATE, RU_GATE } from './lang/gate';

const GATES = [EN_GATE, RU_GATE, BE_GATE];
/** every language's entries of one gate table, each once */
const anyOf = (gates: readonly GateTables[], table: keyof GateTables): string =>
  [...new Set(gates.flatMap((gate) => gate[table] ?? (table === 'releasedAfter' ? gate.releaseVerbs : gate.prisonerNouns)))].join('|');

const PRISONER_OR_PARDON = new RegExp(anyOf(GATES, 'pardonOrPrisoner'), 'i');
const RELEASE_OF_PRISONERS = new RegExp(
  `\\b(?:${anyOf([EN_GATE], 'releaseVerbs')})\\b[^.]{0,80}\\b(?:${anyOf([EN_GATE], 'prisonerNouns')})\\b|\\b(?:${anyOf([EN_GATE], 'prisonerNouns')})\\b[^.]{0,40}\\b(?:${anyOf([EN_GATE], 'releasedAfter')})\\b`,
  'i',
);

/** The same in Russian and Belarusian (either spelling: "зняволеных", "зьняволеных"): a release verb near a prisoner noun */
const CY_GATES = [RU_GATE, BE_GATE];
const RELEASE_OF_PRISONERS_CY = new RegExp(
  `(?:${anyOf(CY_GATES, 'releaseVerbs')})[^.]{0,80}(?:${anyOf(CY_GATES, 'prisonerNouns')})|(?:${anyOf(CY_GATES, 'prisonerNouns')})[^.]{0,40}(?:${anyOf(CY_GATES, 'releasedAfter')})`,
  'i',
);

/** The release pattern tries every word boundary; most pages have no such noun, and this rules them out at once. */
const PRISONER_NOUN = new RegExp(anyOf([EN_GATE], 'prisonerStems'), 'i');
const PRISONER_NOUN_CY = new RegExp(anyOf(CY_GATES, 'prisonerStems'), 'i');

/**
 * Common spellings of the country, its leader, capital and best-known rights group. Pages about other
 * countries' pardons and prisoners (a US president's, Nicaragua's, Iran's) are far more common than pages about
 * Belarus's: without one of these the checker is not loaded at all.
 */
const BELARUS_STEMS = /belarus|byelorus|belorus|bielarus|białoru|weissruss|lukash|lukasch|lukaš|łukasz|loukach|minsk|viasna|vyasna|gomel|homiel|grodno|hrodna|vitebsk|viciebsk|mogilev|mahilio|mahilyo|bobruisk|babruisk|bobruysk|babruysk|novopolotsk|navapolatsk|zhodino|zhodzina|okrestin|akrestsin/i;
/**
 * The same in Cyrillic, with the capital written out instead of the i flag: V8 matches a case-blind Cyrillic pattern
 * about three times slower, on every page. A regional centre or a prison of Belarus named by itself ("жыхарка
 * Бабруйска", "in Zhodino prison") tells a local outlet's page, which need not name the country.
 */
const BELARUS_STEMS_CY = caseByHand(['беларус', 'белорус', 'лукаш', 'минск', 'мінск', 'гомел', 'гродн', 'витебск', 'віцебск', 'могилев', 'могилёв', 'магілё', 'магіле', 'бобруйск', 'бабруйск', 'новополоцк', 'навапол', 'жодин', 'жодзін', 'окрестин', 'акрэсцін']);
/** the best-known prisoners, by names no one else is known by ("Беляцкий", "Статкевич"): a year's review may name them, not the country */
const PRISONERS_CY = caseByHand(['беляцк', 'бяляцк', 'бабарик', 'бабарык', 'тихановск', 'ціханоўск', 'статкевич', 'статкевіч']);

/** Each stem as written in a sentence ("Гомеля") and in capitals ("ГОМЕЛЬ"), without the i flag. */
function caseByHand(stems: string[]): RegExp {
  return new RegExp(stems.map((stem) => `[${stem[0].toUpperCase()}${stem[0]}]${stem.slice(1)}|${stem.toUpperCase()}`).join('|'));
}

export function hasBelarusCue(text: string): boolean {
  return namesCountry(text) || PRISONERS_CY.test(text);
}

/** The country, its leader, capital, towns or prisons by name (not only the people it jailed). */
export function namesCountry(text: string): boolean {
  return BELARUS_STEMS.test(text) || BELARUS_STEMS_CY.test(text);
}

export function hasTopicCue(text: string): boolean {
  return PRISONER_OR_PARDON.test(text) || (PRISONER_NOUN.test(text) && RELEASE_OF_PRISONERS.test(text)) || (PRISONER_NOUN_CY.test(text) && RELEASE_OF_PRISONERS_CY.test(text));
}
