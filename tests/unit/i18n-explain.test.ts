/**
 * The card's explanation in Russian and Belarusian, for every reason code and every family of kinds (round figures,
 * running totals, prisoner counts, context figures). Claims come from the engine reading short English pages written
 * for these tests, so the explanation is tested against what the engine really hands the card; a few combinations
 * no short page reaches are given as the engine would give them (the same finding). The explanation is written from
 * the engine's finding alone: an English text that says something else changes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../extension/engine/analyze';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import type { Claim, Finding } from '../../extension/engine/types';
import { describeJudgedAgainst, explain, nameSources, type ExplainInput, type ExplainLang, type Messages } from '../../extension/i18n/explain';

const file = (lang: ExplainLang) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const lookup = (lang: ExplainLang): Messages => ((f) => (n: string) => f[n]?.message ?? '')(file(lang));
const MESSAGES: Record<ExplainLang, Messages> = { en: lookup('en'), ru: lookup('ru'), be: lookup('be') };
const NBSP = '\u00a0';

function claimOf(text: string, published: string | null, span: string): Claim {
  const claim = analyzePage({ text, published, hasHeadline: true }, kb).claims.find((c) => c.span === span);
  if (!claim) throw new Error(`no claim "${span}"`);
  return claim;
}

/** A claim as the engine would give it, for combinations no short page reaches. */
const given = (reason: Claim['reason'], kind: Claim['kind'], finding: Partial<Finding> & Pick<Finding, 'code'>): ExplainInput => ({ reason, kind, finding: { against: [], facts: [], ...finding } });

const R7 = 'Belarus pardons 29 political prisoners\nLukashenko pardoned 29 political prisoners, among them 11 women and 18 men.';
const PARDONS = 'Lukashenko pardons\nLukashenko pardoned political prisoners.';
const R6 = 'Belarus pardons 32 more\nLukashenko pardoned 32 people convicted of extremism, a state channel said on Thursday.';

/** What a reader must find in each language: the figures, the round, the source, in that language's words. */
interface Case {
  name: string;
  claim: () => ExplainInput;
  reason: string;
  ru: (string | RegExp)[];
  be: (string | RegExp)[];
}

const CASES: Case[] = [
  // round figures
  { name: 'a round\'s size, supported', claim: () => claimOf(R7, null, '29'), reason: 'kb-match',
    ru: ['В седьмом раунде (ноябрь–декабрь 2024) помилованы 29 человек'],
    be: ['У сёмым раўндзе (лістапад–снежань 2024) памілавана 29 чалавек'] },
  { name: 'women in a round, supported', claim: () => claimOf(R7, null, '11'), reason: 'kb-match',
    ru: ['В седьмом раунде (ноябрь–декабрь 2024) среди помилованных женщин — 11'], be: ['У сёмым раўндзе (лістапад–снежань 2024) сярод памілаваных жанчын — 11'] },
  { name: 'pensioners in a round, contradicted', claim: () => claimOf(`${R7} Among them were 12 pensioners.`, null, '12'), reason: 'kb-differs',
    ru: ['среди помилованных пенсионеров — 3'], be: ['сярод памілаваных пенсіянераў — 3'] },
  { name: 'a round\'s ordinal, supported', claim: () => claimOf(`${R7} It was the seventh round.`, null, 'seventh'), reason: 'kb-match',
    ru: ['Седьмой с июля 2024 года раунд пришёлся на ноябрь–декабрь 2024'], be: ['Сёмы з ліпеня 2024 года раўнд прыпаў на лістапад–снежань 2024'] },
  { name: 'an ordinal counting decrees', claim: () => claimOf('Lukashenko pardons 32\nLukashenko pardoned 32 political prisoners, 8 women and 24 men. It was the fifth round of pardon decrees.', '2024-11-22', 'fifth'), reason: 'kb-match',
    ru: ['Пятый с июля 2024 года указ о помиловании пришёлся на ноябрь 2024'], be: ['Пяты з ліпеня 2024 года указ аб памілаванні прыпаў на лістапад 2024'] },
  { name: 'an ordinal within the year', claim: () => claimOf('Lukashenko pardons 42\nLukashenko pardoned 42 people, 18 of them women. It was the third round of pardons this year.', '2025-05-08', 'third'), reason: 'kb-match',
    ru: ['Третий в 2025 году раунд пришёлся на май 2025'], be: ['Трэці ў 2025 годзе раўнд прыпаў на май 2025'] },
  { name: 'a round the page does not single out', claim: () => claimOf('Lukashenko pardons\nLukashenko pardoned 27 political prisoners.', null, '27'), reason: 'unknown-round',
    ru: ['База не может определить, о каком раунде помилований эта цифра.'], be: ['База не можа вызначыць, пра які раўнд памілаванняў гэтая лічба.'] },
  { name: 'rounds that might be meant and differ', reason: 'unknown-round',
    claim: () => given('unknown-round', 'round_women', { code: 'rounds-differ', against: [5, 6] }),
    ru: ['а возможные раунды различаются'], be: ['а магчымыя раўнды адрозніваюцца'] },
  { name: 'rounds that might be meant, with the KB\'s figures', reason: 'unknown-round',
    claim: () => given('unknown-round', 'round_chronically_ill', { code: 'holds', against: [5, 6], facts: ['r5.chronically_ill', 'r6.chronically_ill'] }),
    ru: ['В пятом раунде (ноябрь 2024) среди помилованных хронически больных — 17', 'В шестом раунде (ноябрь 2024) среди помилованных хронически больных — 17'],
    be: ['У пятым раўндзе (лістапад 2024) сярод памілаваных хранічна хворых — 17'] },
  { name: 'a round after the horizon', claim: () => claimOf('Belarus frees 30\nLukashenko pardoned 30 prisoners; among them 12 women.', '2026-04-20', '12'), reason: 'beyond-horizon',
    ru: ['Страница датирована 20 апреля 2026 г., позже того, что известно базе: она полна до 19 марта 2026 г.; возможно, это раунд, которого база не видела.'],
    be: ['Старонка датаваная 20 красавіка 2026 г., пазней за тое, што вядома базе: яна поўная да 19 сакавіка 2026 г.; магчыма, гэта раўнд, якога база не бачыла.'] },
  { name: 'a page dated before the first round', claim: () => claimOf('Lukashenko pardons\nLukashenko pardoned 25 political prisoners, among them 4 pensioners.', '2024-05-01', '4'), reason: 'not-in-kb',
    ru: ['Страница датирована 1 мая 2024 г., раньше первого раунда, известного базе (июль 2024).'], be: ['Старонка датаваная 1 мая 2024 г., раней за першы раўнд, вядомы базе (ліпень 2024).'] },
  { name: 'a figure the sources do not give for the round', claim: () => claimOf('Lukashenko pardons 32\nLukashenko pardoned 32 people, 8 women and 24 men, 5 pensioners.', null, '5'), reason: 'not-in-kb',
    ru: ['Источники не дают цифры «пенсионеры среди них» для шестого раунда (ноябрь 2024).'], be: ['Крыніцы не даюць лічбы «пенсіянеры сярод іх» для шостага раўнда (лістапад 2024).'] },
  // running totals
  { name: 'a running total, supported', claim: () => claimOf(`${PARDONS} In total, 48 have been pardoned since July.`, '2024-08-20', '48'), reason: 'kb-match',
    ru: ['После второго раунда (август 2024) помилованных с июля 2024 года — 48'], be: ['Пасля другога раўнда (жнівень 2024) памілаваных з ліпеня 2024 года — 48'] },
  { name: 'a lower bound after the horizon', claim: () => claimOf(`${PARDONS} More than 800 have been freed since July 2024. 1,400 political prisoners are held.`, '2026-04-20', 'More than 800'), reason: 'kb-match',
    ru: ['помилованных с июля 2024 года было уже 861', 'эта сумма со временем только растёт'], be: ['гэтая сума з часам толькі расце'] },
  { name: 'a running total, contradicted', claim: () => claimOf(`${R7} It was the seventh round, bringing the total pardoned this year to 190.`, null, '190'), reason: 'kb-differs',
    ru: ['После седьмого раунда (ноябрь–декабрь 2024) помилованных с июля 2024 года — 207'], be: ['Пасля сёмага раўнда (лістапад–снежань 2024) памілаваных з ліпеня 2024 года — 207'] },
  { name: 'an outdated total', claim: () => claimOf(`${R7} That brings the total freed since July to 178.`, null, '178'), reason: 'earlier-time',
    ru: ['178 — это сумма после шестого раунда (ноябрь 2024); страница сообщает о седьмом раунде (ноябрь–декабрь 2024), после которого помилованных было уже 207'],
    be: ['178 — гэта сума пасля шостага раўнда (лістапад 2024); старонка паведамляе пра сёмы раўнд (лістапад–снежань 2024), пасля якога памілаваных было ўжо 207'] },
  { name: 'an outdated total after the horizon', claim: () => claimOf(`${PARDONS} So far, 48 have been pardoned since July 2024.`, '2026-04-20', '48'), reason: 'earlier-time',
    ru: ['48 — это сумма после второго раунда (август 2024);', 'она была уже 861, а страница датирована 20 апреля 2026 г.'],
    be: ['48 — гэта сума пасля другога раўнда (жнівень 2024);', 'яна была ўжо 861, а старонка датаваная 20 красавіка 2026 г.'] },
  { name: 'an outdated total on a page about a release dated to the day', claim: () => claimOf(`${PARDONS} So far, 48 have been pardoned since July 2024.`, '2025-02-13', '48'), reason: 'earlier-time',
    ru: ['48 — это сумма после второго раунда (август 2024); страница сообщает об освобождении 12 февраля 2025 г.'], be: ['старонка паведамляе пра вызваленне 12 лютага 2025 г.'] },
  { name: 'a figure whose sentence leaves open what it counts', claim: () => claimOf('Belarus frees 14 prisoners\nLukashenko pardoned 14 prisoners after talks with the US envoy. Tsikhanouski and 9 others were freed on Saturday.', '2025-06-22', '9'), reason: 'not-pinned',
    ru: ['Не проверено: цифра считает часть освобождённых. В освобождении 21 июня 2025 г. помилованы 14 человек'], be: ['Не праверана: лічба лічыць частку вызваленых. У вызваленні 21 чэрвеня 2025 г. памілавана 14 чалавек'] },
  { name: 'a total after the horizon', claim: () => claimOf(`${PARDONS} So far, 900 have been pardoned since July 2024.`, '2026-05-01', '900'), reason: 'beyond-horizon',
    ru: ['Страница датирована 1 мая 2026 г.', 'к тому времени помилованных с июля 2024 года было 861', 'а потом могли быть раунды, которых база не видела.'], be: ['на той час памілаваных з ліпеня 2024 года было 861'] },
  { name: 'a total after the horizon whose month the KB cannot place', reason: 'beyond-horizon',
    claim: () => given('beyond-horizon', 'running_total', { code: 'cannot-place-month', pageDate: null }),
    ru: ['Страница написана позже того, что известно базе: она полна до 19 марта 2026 г.; база не может определить месяц'], be: ['база не можа вызначыць месяц'] },
  { name: 'a total counted from elsewhere', claim: () => claimOf(`${R7} Since 2020, the authorities have released 450 political prisoners in all.`, null, '450'), reason: 'other-basis',
    ru: ['Эта сумма считается с другой отправной точки или по-другому; база считает помилования с июля 2024 года.'], be: ['база лічыць памілаванні з ліпеня 2024 года'] },
  { name: '"this year" in a later year', claim: () => claimOf('Belarus frees 20 more\nLukashenko pardoned 20 prisoners; 11 of the 20 are women. This year, he has pardoned 20 political prisoners in total.', '2025-01-10', '20'), reason: 'kb-match',
    ru: ['В восьмом раунде'], be: ['У восьмым раўндзе'] },
  { name: 'a total the KB cannot place', claim: () => claimOf(`${PARDONS} In all, 150 have been pardoned since July.`, null, '150'), reason: 'unknown-round',
    ru: ['База не может определить, о каком раунде помилований эта страница, и не может оценить общую сумму.'], be: ['і не можа ацаніць агульную суму'] },
  { name: 'a total before the first round', reason: 'not-in-kb',
    claim: () => given('not-in-kb', 'running_total', { code: 'before-start', pageDate: '2024-06-01' }),
    ru: ['Страница датирована 1 июня 2024 г., раньше первого раунда'], be: ['Старонка датаваная 1 чэрвеня 2024 г., раней за першы раўнд'] },
  // prisoner counts
  { name: 'a count of political prisoners, supported', claim: () => claimOf(`${PARDONS} Viasna counts 1,278 political prisoners.`, null, '1,278'), reason: 'kb-match',
    ru: [`Политзаключённых за решёткой: 1${NBSP}278`], be: ['Палітвязняў за кратамі: 1278'] },
  { name: 'a count, contradicted', claim: () => claimOf('Lukashenko pardons 32\nLukashenko pardoned 32 people, 8 women and 24 men. Viasna counts 1,278 political prisoners; 1,500 remain.', null, '1,500'), reason: 'kb-differs',
    ru: ['Подсчёты политзаключённых того времени:', `около 1${NBSP}300`, `не менее 1${NBSP}253`],
    be: ['Падлікі палітвязняў таго часу:', 'больш за 1200'] },
  { name: 'a count of an unknown time', claim: () => claimOf(`${PARDONS} 950 political prisoners remain behind bars.`, null, '950'), reason: 'unknown-time',
    ru: ['Время страницы неизвестно; подсчёты в базе:', `1${NBSP}278`], be: ['Час старонкі невядомы; падлікі ў базе:'] },
  { name: 'a count close to the monitors\'', reason: 'monitors-differ',
    claim: () => given('monitors-differ', 'prisoners_held', { code: 'held-close', facts: ['held.000', 'held.001'] }),
    ru: ['Близко к подсчётам того времени, но не в их пределах: около'], be: ['Блізка да падлікаў таго часу, але не ў іх межах: каля 1300'] },
  { name: 'a count from after the KB\'s counts', claim: () => claimOf(`${PARDONS} Viasna counts 1,150 political prisoners.`, '2026-06-20', '1,150'), reason: 'beyond-horizon',
    ru: ['Подсчёты политзаключённых в базе охватывают только ноябрь 2024 – март 2026; эта страница из другого времени (20 июня 2026 г.).'], be: ['Падлікі палітвязняў у базе ахопліваюць толькі лістапад 2024 – сакавік 2026; гэтая старонка з іншага часу (20 чэрвеня 2026 г.).'] },
  { name: 'a count from before them', claim: () => claimOf('Lukashenko pardons\nLukashenko pardoned 18 political prisoners. About 1,400 political prisoners remain behind bars.', '2024-07-20', 'About 1,400'), reason: 'not-in-kb',
    ru: ['охватывают только ноябрь 2024 – март 2026; эта страница из другого времени (20 июля 2024 г.).'], be: ['(20 ліпеня 2024 г.)'] },
  // context figures
  { name: 'the election day, supported', claim: () => claimOf(`${R7} The election is on 26 January.`, null, '26'), reason: 'kb-match',
    ru: ['День президентских выборов: 26 января 2025 г.'], be: ['Дзень прэзідэнцкіх выбараў: 26 студзеня 2025 г.'] },
  { name: 'a sentence, contradicted', claim: () => claimOf(`${R7} Kalesnikava is serving a 12-year sentence.`, null, '12'), reason: 'kb-differs',
    ru: ['Срок Марии Колесниковой: 11 лет'], be: ['Тэрмін Марыі Калеснікавай: 11 гадоў'] },
  { name: 'the year Lukashenka took power', claim: () => claimOf(`${R7} Lukashenko has ruled since 1994.`, null, '1994'), reason: 'kb-match',
    ru: ['Год прихода Лукашенко к власти: 1994'], be: ['Год прыходу Лукашэнкі да ўлады: 1994'] },
  { name: 'exiles, contradicted', claim: () => claimOf(`${R7} Some 5,000 people have fled the country since 2020.`, null, 'Some 5,000'), reason: 'kb-differs',
    ru: [`Вынужденно уехали из страны с 2020 года: не менее 13${NBSP}000`], be: [`Вымушана з’ехалі з краіны з 2020 года: не менш за 13${NBSP}000`] },
  { name: 'exiles at another time', claim: () => claimOf(`${PARDONS} Some 5,000 people have fled Belarus since 2020.`, '2025-06-01', 'Some 5,000'), reason: 'not-in-kb',
    ru: ['Эта цифра меняется со временем, а время страницы не совпадает со временем базы. Вынужденно уехали'], be: ['Гэтая лічба змяняецца з часам'] },
  { name: 'recognised political prisoners, close', claim: () => claimOf(`${PARDONS} Nearly 5,000 people have been recognised as political prisoners since 2020.`, null, 'Nearly 5,000'), reason: 'monitors-differ',
    ru: [`Признаны политзаключёнными с 2020 года: почти 3${NBSP}600`], be: ['Прызнаныя палітвязнямі з 2020 года: амаль 3600'] },
  { name: 'a term the page does not place', claim: () => claimOf(`${PARDONS} Lukashenko is in his fifth term.`, null, 'fifth'), reason: 'unknown-time',
    ru: ['База не может определить, о каком сроке полномочий речь. Номер срока Лукашенко по выборам 2020 года: 6'], be: ['База не можа вызначыць, пра які тэрмін паўнамоцтваў гаворка.'] },
  { name: 'pardon decrees, which the KB does not count', claim: () => claimOf('Lukashenko pardons 31\nLukashenko pardoned 31 political prisoners, his third decree this month.', null, 'third'), reason: 'not-in-kb',
    ru: ['В базе нет цифры «подписанные указы о помиловании (база считает раунды, а не указы)».'], be: ['У базе няма лічбы «падпісаныя ўказы аб памілаванні (база лічыць раўнды, а не ўказы)».'] },
  // the English names a year, a start, a reading, a round dated to the day: read from the finding, never parsed
  { name: 'a total counted within one year', claim: () => claimOf(`${PARDONS} This year, he has pardoned 90 people in total.`, '2025-05-08', '90'), reason: 'kb-differs',
    ru: ['После помилования 7 мая 2025 г. помилованных в 2025 году — 80'], be: ['Пасля памілавання 7 мая 2025 г. памілаваных у 2025 годзе — 80'] },
  { name: 'a total counted since 2020', claim: () => claimOf('Lukashenko pardons 18\nLukashenko pardoned 18 political prisoners. Since 2020, 605 political prisoners have been pardoned.', '2026-03-06', '605'), reason: 'kb-match',
    ru: ['После помилования 5 марта 2026 г. помилованных с 2020 года — 605'], be: ['Пасля памілавання 5 сакавіка 2026 г. памілаваных з 2020 года — 605'] },
  { name: 'a sum over the rounds of a period', claim: () => claimOf(`${R6} Between July and August, two decrees had freed 48 people.`, '2024-11-21', '48'), reason: 'computed-sum',
    ru: ['Если это сумма от первого раунда (июль 2024) до второго раунда (август 2024) включительно (18 + 30 = 48), она совпадает с данными базы. В шестом раунде (ноябрь 2024) помилованы 32 человека'],
    be: ['Калі гэта сума ад першага раўнда (ліпень 2024) да другога раўнда (жнівень 2024) уключна (18 + 30 = 48), яна супадае з дадзенымі базы. У шостым раўндзе (лістапад 2024) памілавана 32 чалавекі'] },
  { name: 'a counter\'s tally, a round behind', claim: () => claimOf(`${R6} According to Viasna, 146 people have been pardoned since July.`, '2024-11-21', '146'), reason: 'kb-match',
    ru: ['Если это сумма после пятого раунда (ноябрь 2024), она совпадает с данными базы. 146 — это сумма после пятого раунда (ноябрь 2024); страница сообщает о шестом раунде (ноябрь 2024), после которого помилованных было уже 178'],
    be: ['Калі гэта сума пасля пятага раўнда (лістапад 2024), яна супадае з дадзенымі базы. 146 — гэта сума пасля пятага раўнда (лістапад 2024); старонка паведамляе пра шосты раўнд (лістапад 2024)'] },
  { name: 'those freed besides the one named', claim: () => claimOf('Belarus frees a blogger\nBelarus released 14 prisoners, a blogger among them, after a US envoy visited. The blogger and 13 others were freed.', '2025-06-22', '13'), reason: 'kb-match',
    ru: ['Если не считать названного человека, цифра совпадает с числом помилованных в освобождении 21 июня 2025 г.'], be: ['Калі не лічыць названага чалавека, лічба супадае з колькасцю памілаваных у вызваленні 21 чэрвеня 2025 г.'] },
  { name: 'the figure of an earlier round', claim: () => claimOf(`${R7}\nSince the summer, 8 women have been freed.`, '2024-12-31', '8'), reason: 'kb-match',
    ru: ['Если это цифра шестого раунда (ноябрь 2024), она совпадает с данными базы. В седьмом раунде (ноябрь–декабрь 2024) среди помилованных женщин — 11'],
    be: ['Калі гэта лічба шостага раўнда (лістапад 2024), яна супадае з дадзенымі базы. У сёмым раўндзе (лістапад–снежань 2024) сярод памілаваных жанчын — 11'] },
  { name: '"this year" on a page of a later year', reason: 'other-basis',
    claim: () => given('other-basis', 'running_total', { code: 'this-year', year: 2025 }),
    ru: ['«В этом году» на странице 2025 года может означать только помилования 2025 года; база считает с июля 2024 года.'], be: ['«Сёлета» на старонцы 2025 года'] },
  { name: 'no total of that start for a release dated to the day', reason: 'other-basis',
    claim: () => given('other-basis', 'running_total', { code: 'no-total-of-start', rounds: [12] }),
    ru: ['В базе нет суммы с такой отправной точки для освобождения 12 февраля 2025 г.; база считает помилования с июля 2024 года.'], be: ['для вызвалення 12 лютага 2025 г.'] },
  { name: 'a count of one country\'s citizens whose sentence names none', reason: 'not-pinned',
    claim: () => given('not-pinned', 'round_destination', { code: 'holds', against: [21], facts: ['r21.destination.ukraine'], unpinned: { code: 'which-country', rule: null } }),
    ru: ['Не проверено: из предложения не ясно, о какой стране эта цифра. В освобождении 13 декабря 2025 г.', '114'], be: ['Не праверана: са сказа не зразумела, пра якую краіну гэтая лічба.'] },
  { name: 'a page that counts decrees', reason: 'other-basis',
    claim: () => given('other-basis', 'round_ordinal', { code: 'counts-decrees', against: [6], facts: ['r6.ordinal'] }),
    ru: ['Страница считает указы, а источники — раунды: шестой с июля 2024 года раунд пришёлся на ноябрь 2024'], be: ['Старонка лічыць указы, а крыніцы — раўнды: шосты з ліпеня 2024 года раўнд'] },
  { name: 'detentions, not arrests', reason: 'other-basis',
    claim: () => given('other-basis', 'arrested_crackdown', { code: 'detentions', facts: ['arrested.2020'] }),
    ru: ['Задержания считаются отдельно от арестов.', `около 30${NBSP}000`], be: ['Затрыманні лічацца асобна ад арыштаў.'] },
];

const ENGLISH = /\b(?:the|round|source|sources|pardoned|was|were|KB|page|dated)\b/;

describe('the explanation in Russian and Belarusian', () => {
  it.each(CASES)('$name ($reason)', ({ claim, reason, ru, be }) => {
    const input = claim();
    expect(input.reason).toBe(reason);
    for (const [lang, wanted] of [['ru', ru], ['be', be]] as const) {
      const text = explain(input, lang, kb, MESSAGES[lang]);
      expect(text, `${lang}: ${JSON.stringify(input.finding)}`).not.toBeNull();
      for (const part of wanted) expect(text).toContain(part);
      // every slot filled, no English left, one full stop at the end
      expect(text).not.toMatch(/[{}]|\.\.$/);
      expect(text).not.toMatch(ENGLISH);
      // sources by outlet and date, a seed report by its round: never a file's number
      expect(text).not.toMatch(/(?<![\d\u00a0 ])\b(?:00\d|k\d{2}|enb?\d{2}|rb\d{2})\b|rp:|источник\p{L}* \d|крыніц\p{L}* \d/u);
    }
  });

  it('covers every reason code for each family of kinds it can meet', () => {
    const reasons = new Set(CASES.map((c) => c.reason));
    for (const reason of ['kb-match', 'kb-differs', 'earlier-time', 'beyond-horizon', 'other-basis', 'not-in-kb', 'unknown-round', 'monitors-differ', 'unknown-time', 'not-pinned']) expect(reasons).toContain(reason);
  });

  it('names the sources in the language: an outlet with its date, a seed report by its round; nothing for an unknown file', () => {
    const claim = claimOf('Lukashenko pardons 22 before the New Year\nLukashenko pardoned 22 people on Tuesday.', '2025-12-31', '22');
    expect(nameSources(claim.sources, 'ru', kb, MESSAGES.ru)).toEqual(expect.arrayContaining(['BelTA, 30 декабря 2025 г.']));
    expect(nameSources(claim.sources, 'be', kb, MESSAGES.be)).toEqual(expect.arrayContaining(['BelTA, 30 снежня 2025 г.']));
    expect(nameSources(claimOf(R7, null, '29').sources, 'ru', kb, MESSAGES.ru)).toEqual(['исходный отчёт о седьмом раунде (ноябрь–декабрь 2024)']);
    expect(nameSources(['nowhere.txt'], 'ru', kb, MESSAGES.ru)).toBeNull();
  });

  it('says the round judged against in the language, and nothing for a round the KB does not have', () => {
    const against = (...rounds: number[]) => given('kb-match', 'round_size', { code: 'holds', against: rounds });
    expect(describeJudgedAgainst(against(3), 'ru', kb, MESSAGES.ru)).toBe('третий раунд (начало сентября 2024)');
    expect(describeJudgedAgainst(against(4), 'be', kb, MESSAGES.be)).toBe('чацвёрты раўнд (сярэдзіна верасня 2024)');
    expect(describeJudgedAgainst(against(5, 6), 'ru', kb, MESSAGES.ru)).toBe('пятый раунд (ноябрь 2024) или шестой раунд (ноябрь 2024)');
    expect(describeJudgedAgainst(against(12), 'ru', kb, MESSAGES.ru)).toBe('освобождение 12 февраля 2025 г.');
    expect(describeJudgedAgainst(against(99), 'ru', kb, MESSAGES.ru)).toBeNull();
    expect(describeJudgedAgainst(against(), 'ru', kb, MESSAGES.ru)).toBeNull();
    expect(describeJudgedAgainst({ finding: undefined }, 'ru', kb, MESSAGES.ru)).toBeNull();
  });

  it('falls back on the engine\'s English (null) rather than guess: unknown fact, unknown reason, a missing word', () => {
    const supported = claimOf(R7, null, '29');
    expect(explain({ ...supported, finding: { ...supported.finding!, facts: ['r99.size'] } }, 'ru', kb, MESSAGES.ru)).toBeNull();
    expect(explain({ ...supported, finding: { ...supported.finding!, code: 'a-newer-code' as never } }, 'ru', kb, MESSAGES.ru)).toBeNull();
    expect(explain({ ...supported, finding: { ...supported.finding!, reading: { code: 'a-newer-reading' } as never } }, 'ru', kb, MESSAGES.ru)).toBeNull();
    // a claim rebuilt from a card's summary carries no finding: the English stays
    expect(explain({ ...supported, finding: undefined }, 'ru', kb, MESSAGES.ru)).toBeNull();
    expect(explain(supported, 'ru', kb, (name) => (name === 'explain_by_the_presidential_administration' ? '' : MESSAGES.ru(name)))).toBeNull();
    expect(explain(supported, 'ru', kb, MESSAGES.ru)).toContain('29');
  });
});

describe('the explanation in English', () => {
  it.each(CASES)('$name ($reason)', ({ claim }) => {
    const text = explain(claim(), 'en', kb, MESSAGES.en);
    expect(text).not.toBeNull();
    expect(text).not.toMatch(/[{}]|\.\.$/);
  });

  it('says a round as the engine does: its part of a month, its day, "was" or "were" by the count', () => {
    const against = (...rounds: number[]) => given('kb-match', 'round_size', { code: 'holds', against: rounds });
    expect(describeJudgedAgainst(against(3, 4), 'en', kb, MESSAGES.en)).toBe('the third round (early September 2024) or the fourth round (mid-September 2024)');
    expect(describeJudgedAgainst(against(12), 'en', kb, MESSAGES.en)).toBe('the release of 12 February 2025');
    expect(explain(claimOf(R7, null, '11'), 'en', kb, MESSAGES.en)).toBe('In the seventh round (November–December 2024), 11 of those pardoned were women (the presidential administration; seed report on the seventh round, Nov–Dec 2024).');
    const one = given('kb-match', 'round_disabled', { code: 'holds', against: [6], facts: ['r6.disabled'] });
    expect(explain(one, 'en', kb, MESSAGES.en)).toMatch(/^In the sixth round \(November 2024\), 1 of those pardoned was disabled \(/);
    expect(explain(claimOf('Lukashenko pardons 42\nLukashenko pardoned 42 people, 18 of them women. It was the third round of pardons this year.', '2025-05-08', 'third'), 'en', kb, MESSAGES.en))
      .toMatch(/^The pardon of 7 May 2025 was the third round of 2025 \(/);
  });
});
