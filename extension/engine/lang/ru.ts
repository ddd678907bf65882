/**
 * Russian: the phrase tables the readers build their patterns from (the shape and the rules for entries:
 * lang/index.ts). Stems cover the cases: "помилова" matches помиловал, помилованы, помиловании. Phrases that Russian
 * and Belarusian pages mix ("на свободу выйшлі", "с ліпеня") are in lang/cyrillicShared.ts.
 */
import type { LanguagePack } from './index';
import { RU_GATE } from './gate';

const raw = String.raw;


export const ru: LanguagePack = {
  code: 'ru',
  frame: {
    release: [raw`помилова\p{L}*`, raw`помилуе\p{L}*`, raw`освобо[дж]\p{L}*`, raw`вышл\p{L}* на свобод\p{L}*`, raw`вышл\p{L}* на волю`, raw`отпуст\p{L}*`, raw`вызвал\p{L}*`, raw`вызваля\p{L}*`],
    pardonStems: ['помилов'],
    otherGroup: [
      raw`осужд\p{L}*`, raw`осуди\p{L}*`, raw`приговор\p{L}*`, raw`списк\p{L}*`, raw`журналист\p{L}*`, raw`осуждён\p{L}*`, raw`арест\p{L}*`,
      raw`задерж\p{L}*`, raw`признан\p{L}*`, raw`остают\p{L}*`, raw`остаёт\p{L}*`, raw`остает\p{L}*`, raw`находят\p{L}*`, raw`за решетк\p{L}*`, raw`за решётк\p{L}*`,
    ],
    prisonersNoun: [raw`политзаключ\p{L}*`, raw`политических заключ\p{L}*`],
    ofThem: ['из них', 'среди них', 'из которых'],
    amongReleased: ['среди (?:помилованных|освобожденных|освобождённых)', 'из (?:помилованных|освобожденных|освобождённых)'],
    partOfPrisoners: [
      'сизо',
      raw`в (?:колони\p{L}*|исправительн\p{L}*|област\p{L}*|тюрьм\p{L}*|СИЗО)`,
      raw`женщин\p{L}*[- ]политзаключ\p{L}*`,
      raw`журналист\p{L}*`,
    ],
    sinceStart: [],
    period: [],
    credited: [raw`помог\p{L}* (?:освободить|вызволить|добиться)`, raw`содействовал\p{L}* (?:освобождению)`, raw`добил\p{L}* освобождения`],
    totalNow: ['всего (?:уже|на сегодня)', 'на сегодня', raw`уже помилова\p{L}*`, 'таким образом', 'тем самым'],
    totalWords: ['всего', 'в общей сложности', 'с июля', 'с начала'],
    lookBack: ['ранее', 'до этого', raw`прошл\p{L}*`],
    counterSays: ['по (?:его |её |их )?(?:данным|подсч[её]там)'],
    notHappened: [
      'если', 'бы', raw`могл\p{L}* бы`, raw`надеял\p{L}*`, raw`рассчитыва\p{L}*`, raw`требу\p{L}*`, raw`призыва\p{L}*`, raw`прошени\p{L}*`,
      raw`рассматрива\p{L}*`, 'освободят', 'помилует', 'отпустят', 'понадобится', 'при таком темпе',
    ],
    otherMeans: ['по окончании срока', raw`отбыв\p{L}*`, raw`отбыл\p{L}* (?:\p{L}+ )?срок\p{L}*`],
    countsFrom: [],
    withinMonth: [],
    newsOfTheDay: ['ещё', 'еще', raw`очередн\p{L}*`, 'сегодня', 'вчера', 'накануне'],
    // the frame's month stems: looser than `months` below (any ending, "мая" and "маю" alike)
    monthStems: ['январ', 'феврал', 'март', 'апрел', 'ма[йяюе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  },
  hedges: [
    ['более', 'lowerStrict'], ['больше', 'lowerStrict'], ['свыше', 'lowerStrict'], ['не менее', 'lower'], ['не меньше', 'lower'],
    ['как минимум', 'lower'], ['по меньшей мере', 'lower'], ['около', 'approx'], ['порядка', 'approx'], ['примерно', 'approx'],
    ['приблизительно', 'approx'], ['почти', 'near'], ['практически', 'near'], ['менее', 'upper'], ['меньше', 'upper'], ['до', 'upper'],
  ],
  // month stems in every case; May only as a whole word ("маю" is also a verb), "маі" as Belarusian pages also write it
  months: ['январ', 'феврал', 'март', 'апрел', raw`ма[йяеі](?!\p{L})`, 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  gate: RU_GATE,
};
