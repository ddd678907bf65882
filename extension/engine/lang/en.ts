/**
 * English: the phrase tables the readers build their patterns from (the shape and the rules for entries:
 * lang/index.ts). Each table names the class of sentence it reads.
 */
import type { LanguagePack } from './index';
import { EN_GATE } from './gate';

const raw = String.raw;

/** month names, January first: the extractor's month cues (cues.ts) and the frame's spans */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.join('|')})`;
/** "since early September", "from the end of May": a month's part before its name */
const MONTH_PART = '(?:early |mid-?|late |the (?:start|beginning|middle|end) of )';


export const en: LanguagePack = {
  code: 'en',
  frame: {
    release: [raw`pardon\p{L}*`, 'clemency', 'free[sd]?', 'set free', raw`releas\p{L}*`, 'let go', 'walk(?:ed)? free'],
    pardonStems: ['pardon', 'clemency'],
    otherGroup: [
      raw`convict\p{L}*`, raw`sentenc\p{L}*`, raw`arrest\p{L}*`, raw`detain\p{L}*`, 'jailed', 'imprisoned', raw`prosecut\p{L}*`, 'charged',
      raw`recogni[sz]\p{L}*`, raw`remain\p{L}*`, 'behind bars', 'still held', 'held in', 'in custody', raw`list\p{L}*`,
    ],
    prisonersNoun: ['political prisoners', 'prisoners of conscience'],
    ofThem: ['of them', 'among them', 'of whom', 'of those'],
    amongReleased: [
      'among (?:those|the people|the prisoners|the) (?:pardoned|freed|released)',
      '(?:those|the people|the prisoners) (?:pardoned|freed|released) (?:include|included|were)',
      'of (?:those|the) (?:pardoned|freed|released)',
    ],
    partOfPrisoners: [
      raw`in [\p{L}-]+ alone`,
      raw`from (?:the )?[\p{L}-]+ (?:region|oblast|district)`,
      'remand prison',
      'pre-trial detention',
      raw`in (?:the |a )?(?!belarus|the country|its |their |his |her )(?:[\p{L}-]+ ){1,2}(?:penal colony|colony|colonies|prison|jail|region|oblast|district)`,
      raw`in (?:penal )?colony (?:no\.?|№|number) ?\d`,
      '(?:women|female|journalists?|lawyers?|medics|doctors|students|pensioners|foreign(?:ers| nationals| citizens)?|ukrainians|minors) (?:political )?prisoners',
      'political prisoners (?:who are|among) (?:women|journalists|foreigners)',
    ],
    sinceStart: [raw`since (?:(?:the )?(?:summer|spring|autumn|fall|winter)(?: of (?:19|20)\d\d)?|(?:19|20)\d\d)(?![\p{L}\d])`],
    period: [
      raw`(?:over|during|throughout|in|for|across) (?:the |this |that |last )?(?:summer|autumn|fall|spring|winter|past (?:\w+ )?(?:weeks?|months?|years?)|last (?:\w+ )?(?:weeks?|months?|years?)|(?:two|three|four|five|six|several|few) (?:weeks|months|years))`,
      raw`(?:between|from) ${MONTH}(?: \d{4})? (?:to|and|through|till|until) ${MONTH}`,
      '(?:last|previous) (?:year|summer|autumn|spring|winter)',
      '(?:since (?:then|that time)|over (?:that|this) (?:time|period)|in (?:that|this) (?:time|period))',
      raw`(?:between|from) ${MONTH_PART}?${MONTH}(?: \d{4})? (?:to|and|through|till|until) ${MONTH_PART}?${MONTH}`,
      `in ${MONTH} and ${MONTH}`,
      raw`(?:the two|both|all (?:the )?(?:two|three|four)|two|three|four|five) (?:\p{L}+ ){0,2}?(?:rounds|decrees|waves|batches|releases)(?![\p{L}])`,
      '(?:before (?:this|that|the latest|the last|the new)|by the end of)',
      // "over the year": a year's sum, not the page's round
      raw`(?:over|during|throughout|in) the (?:past |last |previous )?year(?![\p{L}])`,
      // "before Saturday's deal": the count stops short of the news
      raw`before (?:[\p{L}'’]+ ){0,2}(?:deal|release|exchange|decree|pardon|round|agreement|swap)s?(?![\p{L}])`,
      // "between 2020 and mid-2024": a span of years
      raw`(?:between|from) (?:(?:early|mid|late)-?\s?)?(?:19|20)\d\d (?:and|to|until|till|through) (?:(?:early|mid|late)-?\s?)?(?:19|20)\d\d`,
      // "the deals of June and September": several releases summed
      `(?:the )?(?:deals|exchanges|swaps|releases) (?:of|in) ${MONTH} and ${MONTH}`,
    ],
    credited: ['help(?:ed|s|ing)? (?:to )?(?:free|release|secure)', 'secured the (?:release|freedom)', 'won the (?:release|freedom)'],
    totalNow: [
      'bring(?:s|ing)? the (?:total|number|tally)',
      'tak(?:es|ing) the (?:total|number|tally)',
      'the total (?:now|stands|has reached|reached|rises|rose)',
      'so far',
      'to date',
      raw`(?:has|have) (?:now )?(?:been )?(?:pardon\p{L}*|releas\p{L}*|freed)[^.;]{0,30}(?:a total of|in total|in all|altogether)`,
      'a total of [^.;]{0,40}(?:ha(?:s|ve) been)',
    ],
    totalWords: ['since', 'in total', 'a total', 'in all', 'altogether', 'so far', 'to date', 'this year'],
    lookBack: [MONTH, 'earlier', raw`previous\p{L}*`, 'before', 'last (?:year|month|time)'],
    counterSays: ['according to (?:the )?(?:rights group|viasna|human rights|its|their|his|her)', "by (?:its|their|viasna's) (?:count|tally|data)"],
    notHappened: [
      'if', 'would', 'could', 'might', 'hoped?', 'hoping', 'expect(?:s|ed)? to', raw`demand\p{L}*`, 'calls? (?:for|on)', 'urged?', 'plans? to',
      'petitions?', 'requests?', 'applications?', 'a month', 'per month',
    ],
    otherMeans: [
      'after serving',
      'complet(?:ed|ing) (?:their|his|her) (?:full )?(?:terms?|sentences?)',
      'served (?:their|his|her) (?:full )?(?:terms?|sentences?)',
      'at the end of (?:their|his|her) (?:terms?|sentences?)',
      'on parole',
    ],
    countsFrom: [`(?:since|from) (early |mid-?|late |the (?:start|beginning|middle|end) of )?${MONTH}`],
    withinMonth: [`(?:in|this|that) ${MONTH}`, '(?:this|that|the same) (?:month|week)'],
    newsOfTheDay: [
      '(?:has|have) (?:now |just |also )?(?:pardoned|freed|released|let go|set free)',
      raw`another(?= \d| [\p{L}-]+ (?:\d|pardon|release|prisoner|people|round|group|decree))`,
      'a further', 'more(?! than)', 'new(?! year)', 'latest', 'additional', 'today', 'this week',
      'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'yesterday',
    ],
    monthStems: MONTHS.map((month) => month.slice(0, 3)),
  },
  months: MONTHS,
  hedges: [
    ['approximately', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['about', 'approx'],
    ['around', 'approx'], ['roughly', 'approx'], ['some', 'approx'], ['circa', 'approx'], ['approx.', 'approx'],
    ['an approximate', 'approx'], ['close to', 'near'], ['nearly', 'near'], ['almost', 'near'], ['just under', 'near'],
    ['at least', 'lower'], ['no fewer than', 'lower'], ['no less than', 'lower'], ['not less than', 'lower'],
    ['more than', 'lowerStrict'], ['over', 'lowerStrict'], ['upwards of', 'lowerStrict'], ['in excess of', 'lowerStrict'],
    ['just over', 'lowerStrict'], ['above', 'lowerStrict'], ['exceeds', 'lowerStrict'], ['exceeded', 'lowerStrict'],
    ['surpassed', 'lowerStrict'], ['tops', 'lowerStrict'], ['fewer than', 'upper'], ['less than', 'upper'],
    ['under', 'upper'], ['up to', 'upper'], ['at most', 'upper'],
  ],
  gate: EN_GATE,
};
