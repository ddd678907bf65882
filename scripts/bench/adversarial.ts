/**
 * Hostile text for the engine (our own words, generated): one long sentence of whatever a reader scans for, so a
 * reader that rescans from every position or backtracks over a run shows it as time growing with the square of the
 * length. Each text names Belarus and pardons up front, so the topic gate opens and every reader runs.
 * Deterministic: the same kind, language and length give the same text.
 */

export type AdversarialLanguage = 'en' | 'ru' | 'be';
export type AdversarialKind = 'digits' | 'number-words' | 'hedges' | 'group-words' | 'mixed';

export interface AdversarialCase {
  lang: AdversarialLanguage;
  kind: AdversarialKind;
}

const OPENING: Record<AdversarialLanguage, string> = {
  en: 'Belarus: Lukashenko pardoned political prisoners, and ',
  ru: 'Беларусь: Лукашенко помиловал политзаключенных, и ',
  be: 'Беларусь: Лукашэнка памілаваў палітвязняў, і ',
};

/** The pieces each kind repeats, per language. Spaces and separators between pieces are part of the pieces. */
const PIECES: Record<AdversarialKind, Record<AdversarialLanguage, string[]>> = {
  digits: {
    en: ['1 ', '2 ', '3, ', '4.5 ', '6 ', '1,300 ', '12 ', '000 ', '7th ', '2024 ', '1 300 ', '99, ', '5.000 ', '8-'],
    ru: ['1 ', '2 ', '3, ', '4,5 ', '6 ', '32-х ', '8-я ', '5 тыс. ', '1 300 ', '2024-го ', '12 ', '000 ', '7 тысяч '],
    be: ['1 ', '2 ', '3, ', '4,5 ', '6 ', '32-х ', '8-я ', '5 тыс. ', '1 300 ', '2024-га ', '12 ', '000 ', '7 тысяч '],
  },
  'number-words': {
    en: ['one ', 'two hundred ', 'thousand ', 'and ', 'thirty-two ', 'seventh ', 'a hundred ', 'ninety ', 'nineteen ', 'first ', 'sixty-six '],
    ru: ['один ', 'двести ', 'тысяч ', 'тридцать два ', 'седьмой ', 'сто ', 'девяносто ', 'полтора ', 'миллиона ', 'пять-шесть ', 'двое ', 'сотни '],
    be: ['адзін ', 'дзвесце ', 'тысяч ', 'трыццаць два ', 'сёмы ', 'сто ', 'дзевяноста ', 'паўтара ', 'мільёна ', 'пяць-шэсць ', 'двое ', 'сотні '],
  },
  hedges: {
    en: ['more than ', 'about ', 'nearly ', 'at least ', 'over ', 'up to ', 'no fewer than ', 'an estimated ', 'some ', '12 '],
    ru: ['более ', 'около ', 'почти ', 'не менее ', 'свыше ', 'до ', 'по меньшей мере ', 'примерно ', '12 '],
    be: ['больш за ', 'каля ', 'амаль ', 'не менш за ', 'звыш ', 'да ', 'прынамсі ', 'прыкладна ', '12 '],
  },
  'group-words': {
    en: ['of them ', 'among them ', 'thousands ', 'hundreds of thousands ', 'dozens ', 'women ', 'men ', 'of those pardoned ', 'since July ', 'in total ', '12 '],
    ru: ['из них ', 'среди них ', 'тысячи ', 'сотни тысяч ', 'десятки ', 'женщин ', 'мужчин ', 'всего ', 'с июля ', '12 '],
    be: ['з іх ', 'сярод іх ', 'тысячы ', 'сотні тысяч ', 'дзясяткі ', 'жанчын ', 'мужчын ', 'усяго ', 'з ліпеня ', '12 '],
  },
  mixed: {
    en: ['pardoned ', '32 ', 'people, ', 'more than ', 'two hundred ', 'of them ', 'women ', 'in August ', 'political prisoners ', 'remain ', '1,300 ', '“', '” ', '(', ') '],
    ru: ['помиловал ', '32 ', 'человек, ', 'более ', 'двести ', 'из них ', 'женщин ', 'в августе ', 'политзаключенных ', 'остаются ', '1 300 ', '«', '» ', 'pardoned ', 'two '],
    be: ['памілаваў ', '32 ', 'чалавек, ', 'больш за ', 'дзвесце ', 'з іх ', 'жанчын ', 'у жніўні ', 'палітвязняў ', 'застаюцца ', '1 300 ', '«', '» ', 'pardoned ', 'two '],
  },
};

export const ADVERSARIAL_KINDS: AdversarialKind[] = ['digits', 'number-words', 'hedges', 'group-words', 'mixed'];
export const ADVERSARIAL_LANGUAGES: AdversarialLanguage[] = ['en', 'ru', 'be'];

/** A small deterministic generator (mulberry32): the bench's rows must be the same text every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One sentence of `length` characters (one paragraph, no sentence end inside) of the kind's pieces in `lang`. */
export function adversarialText({ lang, kind }: AdversarialCase, length: number, seed = 1): string {
  const pieces = PIECES[kind][lang];
  const next = random(seed);
  const parts = [OPENING[lang]];
  let size = parts[0].length;
  while (size < length) {
    const piece = pieces[Math.floor(next() * pieces.length)];
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}
