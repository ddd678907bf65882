/**
 * The cheapest topic test, shared by the content script's gate and the engine: does the text talk about
 * pardons, clemency or political prisoners at all? Plain regexes, no dependencies, so the content script
 * can run it on every page without loading the engine.
 */
const PRISONER_OR_PARDON = /pardon|clemency|political prisoner|political detainee|prisoners? of conscience|помилов|памілав|политзаключ|палітвязь?н|политических заключ/i;
const RELEASE_OF_PRISONERS = /\b(?:frees?|freed|releas\w*)\b[^.]{0,80}\b(?:prisoners?|detainees|convicts)\b|\b(?:prisoners?|detainees|convicts)\b[^.]{0,40}\b(?:freed|released)\b/i;

/** The same in Russian and Belarusian (either spelling: "зняволеных", "зьняволеных"): a release verb near a prisoner noun */
const RELEASE_OF_PRISONERS_CY = /(?:освобо[дж]|вызвал|вызваля|отпуст|адпуст)[^.]{0,80}(?:заключ|зь?няволен|вязь?н|узник)|(?:заключ|зь?няволен|вязь?н|узник)[^.]{0,40}(?:освобо[дж]|вызвал|вызваля|отпуст|адпуст)/i;

/** The release pattern tries every word boundary; most pages have no such noun, and this rules them out at once. */
const PRISONER_NOUN = /prisoner|detainee|convict/i;
const PRISONER_NOUN_CY = /заключ|зь?няволен|вязь?н|узник/i;

/**
 * Common spellings of the country, its leader, capital and best-known rights group. Pages about other
 * countries' pardons and prisoners (a US president's, Nicaragua's, Iran's) are far more common than pages about
 * Belarus's: without one of these the checker is not loaded at all.
 */
export const BELARUS_STEMS = /belarus|byelorus|belorus|bielarus|białoru|weissruss|lukash|lukasch|lukaš|łukasz|loukach|minsk|viasna|vyasna|беларус|белорус|лукаш|минск|мінск/i;

export function hasBelarusCue(text: string): boolean {
  return BELARUS_STEMS.test(text);
}

export function hasTopicCue(text: string): boolean {
  return PRISONER_OR_PARDON.test(text) || (PRISONER_NOUN.test(text) && RELEASE_OF_PRISONERS.test(text)) || (PRISONER_NOUN_CY.test(text) && RELEASE_OF_PRISONERS_CY.test(text));
}
