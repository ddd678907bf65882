/**
 * English: the phrase tables the readers build their patterns from (the shape and the rules for entries:
 * lang/index.ts). Each table names the class of sentence it reads.
 */
import type { EnglishCueTables, LanguagePack } from './index';
import { EN_GATE } from './gate';

const raw = String.raw;

/** those freed taken out of the country: "driven to the Lithuanian border", "put on buses" */
const RELEASE_JOURNEY = [
  raw`(?:driven|taken|brought|bused|bussed|transported|flown|escorted|deported|expelled)\s+(?:across|over|out of|to)\s+(?:the\s+)?(?:lithuanian\s+|ukrainian\s+|polish\s+|latvian\s+)?(?:border|belarus|lithuania|ukraine|poland|latvia|vilnius|kyiv|kiev|warsaw)`,
  raw`(?:put on|loaded onto|bundled onto) (?:a |the )?(?:bus(?:es)?|minibus(?:es)?|vans?)`,
];

/** superlatives that a span after them measures: "the largest release so far", "the biggest since the pardons began" */
const SUPERLATIVES = ['largest', 'biggest', 'smallest', 'first', 'most', 'only', 'last', 'latest'];

/** "since the pardons began in July 2024", "since he started freeing prisoners": a count from the releases' start */
const SINCE_THE_RELEASES_BEGAN = [
  'since (?:the|these|this) (?:(?:wave|series|string|run) of )?(?:pardons|releases|amnest(?:y|ies)|prisoner releases)\\s+(?:began|started)',
  'since (?:he|lukashenk[oa]|the (?:authorities|regime))\\s+(?:began|started)\\s+(?:pardoning|freeing|releasing)',
];

/** month names, January first: the extractor's month cues (cues.ts) and the frame's spans */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.join('|')})`;
/** "since early September", "from the end of May": a month's part before its name */
const MONTH_PART = '(?:early |mid-?|late |the (?:start|beginning|middle|end) of )';


export const en: LanguagePack = {
  code: 'en',
  frame: {
    release: [
      raw`pardon\p{L}*`, 'clemency', 'free[sd]?', 'set free', raw`releas\p{L}*`, 'let go', 'walk(?:ed)? free',
      // "let 123 prisoners go", "the decree covers 15", "walked out of prison"
      raw`lets?\s+(?:[\p{L}\d,-]+\s+){1,3}go`, raw`(?:decree|order)\s+(?:covers|covering|applies to|affects|concerns)`,
      raw`walk(?:ed|s)? out of (?:prison|jail|custody|the|[\p{L}]+ (?:prisons|jails|colonies))`, 'left (?:prison|jail)',
    ],
    pardonStems: ['pardon', 'clemency', 'decree'],
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
      raw`in (?!belarus\b)[\p{L}-]+ alone`,
      raw`from (?:the )?[\p{L}-]+ (?:region|oblast|district)`,
      'remand prison',
      'pre-trial detention',
      raw`in (?:the |a )?(?!belarus|the country|its |their |his |her )(?:[\p{L}-]+ ){1,2}(?:penal colony|colony|colonies|prison|jail|region|oblast|district)`,
      raw`in (?:penal )?colony (?:no\.?|№|number) ?\d`,
      '(?:women|female|journalists?|lawyers?|medics|doctors|students|pensioners|foreign(?:ers| nationals| citizens)?|ukrainians|minors) (?:political )?prisoners',
      'political prisoners (?:who are|among) (?:women|journalists|foreigners)',
    ],
    sinceStart: [
      raw`since (?:(?:the )?(?:summer|spring|autumn|fall|winter)(?: of (?:19|20)\d\d)?|(?:19|20)\d\d)(?![\p{L}\d])`,
      // "since the decisions of late November": a count from a release named by its month
      raw`since the (?:\p{L}+ ){1,2}of (?:early |mid-?|late )?${MONTH}`,
    ],
    period: [
      // "every 2024 round combined", "the releases together": a sum of several
      // "A year of pardons: how Belarus freed 227", "six months of releases": the span the releases filled
      raw`(?:(?:a|one|half a) year|(?:two|three|four|five|six|nine|eighteen) (?:months|years)) of (?:pardons|releases|clemency)\b`,
      raw`(?:rounds?|releases?|pardons?|decrees?) (?:combined|put together|taken together)`,
      raw`(?:over|during|throughout|in|for|across) (?:the |this |that |last )?(?:summer|autumn|fall|spring|winter|past (?:\w+ )?(?:weeks?|months?|years?)|last (?:\w+ )?(?:weeks?|months?|years?)|(?:two|three|four|five|six|several|few) (?:weeks|months|years))`,
      raw`(?:between|from) ${MONTH}(?: \d{4})? (?:to|and|through|till|until) ${MONTH}`,
      // "in the second half of 2024": half a year
      raw`(?:in|during|over|for|across) the (?:first|second|latter) half of`,
      // ("in June last year" is a month of last year, not the whole year)
      raw`(?<!${MONTH},? )(?:last|previous) (?:year|summer|autumn|spring|winter)`,
      '(?:since (?:then|that time)|over (?:that|this) (?:time|period)|in (?:that|this) (?:time|period))',
      raw`(?:between|from) ${MONTH_PART}?${MONTH}(?: \d{4})? (?:to|and|through|till|until) ${MONTH_PART}?${MONTH}`,
      raw`in ${MONTH} and (?:in )?(?:early |mid-?|late )?${MONTH}`,
      // "in June, September and now December": several months in one list, summed
      raw`${MONTH}(?:, (?:and )?(?:now |then )?(?:in )?${MONTH})+`,
      raw`(?:the two|both|all (?:the )?(?:two|three|four)|two|three|four|five) (?:\p{L}+ ){0,2}?(?:rounds|decrees|waves|batches|releases)(?![\p{L}])`,
      '(?:before (?:this|that|the latest|the last|the new)|by the end of)',
      // "since Sept. 11, … had pardoned 58 more": a count from a date, not one release
      raw`since (?:${MONTH}|(?:jan|feb|aug|sept?|oct|nov|dec)\.) \d{1,2}\b`,
      // (and day first: "since 7 May, when 42 were pardoned")
      raw`since \d{1,2} ${MONTH}\b`,
      // "in less than two weeks", "within a fortnight", "in the week before the vote", "since the start of the year": a span
      // (a comparative or a plural: "his second release in a week" dates one release)
      raw`(?:in|within) (?:less than|more than|under|just over|just under|over) (?:a|one|two|three|four|five|six|a few|several) (?:days?|weeks?|months?|fortnights?)`,
      raw`within (?:a|one|two|three|four|five|six|a few|several) (?:days?|weeks?|months?|fortnights?)`,
      raw`in (?:two|three|four|five|six|a few|several) (?:days|weeks|months)`,
      // ("in the week before the vote": a span that may hold two releases, summed; a size outside every sum is not pinned)
      raw`in (?:the )?(?:days?|weeks?|fortnight|months?) (?:before|after|since|leading (?:up )?to|running up to|around)`,
      raw`since the (?:start|beginning|turn) of (?:the|this|last) (?:year|month|summer|autumn|spring|winter)`,
      // "by September he had pardoned more than 400": a count up to a month, not one release
      raw`by (?:early |mid-?|late )?${MONTH}(?! \d)`,
      // "over the year": a year's sum, not the page's round
      raw`(?:over|during|throughout|in) the (?:past |last |previous )?year(?![\p{L}])`,
      // "before Saturday's deal": the count stops short of the news
      raw`before (?:[\p{L}'’]+ ){0,2}(?:deal|release|exchange|decree|pardon|round|agreement|swap)s?(?![\p{L}])`,
      // "between 2020 and mid-2024": a span of years
      raw`(?:between|from) (?:(?:early|mid|late)-?\s?)?(?:19|20)\d\d (?:and|to|until|till|through) (?:(?:early|mid|late)-?\s?)?(?:19|20)\d\d`,
      // "the deals of June and September": several releases summed
      `(?:the )?(?:deals|exchanges|swaps|releases) (?:of|in) ${MONTH} and ${MONTH}`,
    ],
    journey: [raw`(?:taken|driven|deported|expelled|sent|flown|transferred|handed over|bused|moved|brought|escorted)\s+(?:\p{L}+\s+){0,2}?(?:to|into|across)`],
    credited: [
      'help(?:ed|s|ing)? (?:to )?(?:free|release|secure)', 'secured the (?:release|freedom)', 'won the (?:release|freedom)',
      // "credited Washington's diplomacy with freeing more than 200"
      raw`credit(?:s|ed|ing)? [^.;]{0,60}?\bwith (?:freeing|releasing|securing|winning)`,
    ],
    totalNow: [
      'bring(?:s|ing)? the (?:total|number|tally)', 'brought the (?:total|number|tally)',
      'tak(?:es|ing) the (?:total|number|tally)',
      'the total (?:now|stands|has reached|reached|rises|rose)',
      // ("the largest release so far": the span measures the superlative)
      raw`(?<!\b(?:${SUPERLATIVES.join('|')})\b[^,;.]{0,40})(?:so far|to date)`,
      raw`(?:has|have) (?:now )?(?:been )?(?:pardon\p{L}*|releas\p{L}*|freed)[^.;]{0,30}(?:a total of|in total|in all|altogether)`,
      'a total of [^.;]{0,40}(?:ha(?:s|ve) been)',
    ],
    totalWords: ['since', 'in total', 'a total', 'in all', 'altogether', 'so far', 'to date', 'this year'],
    lookBack: [raw`before the (?:(?:last|january|\d{4}) )?(?:presidential )?elections?`, MONTH, raw`new year(?:'s|’s)?`, 'earlier', raw`previous\p{L}*`, 'before', 'last (?:year|month|time|week)', raw`(?:weeks?|months?|years?) ago`, raw`(?:days?|weeks?|months?) after`],
    afterEarlier: ['after the', raw`(?:after|since) (?:\p{L}+ ){1,3}(?:had )?(?:freed|released|pardoned|let go)`, 'following the', 'after those', 'after', 'since the', '(?:after|following) (?:freeing|pardoning|releasing)',
      // "two weeks after a decree pardoning 18"
      raw`(?:after|following) (?:a|the|an) (?:\w+ )?(?:decree|pardon|release|round|deal|exchange) (?:pardoning|freeing|releasing|of|covering|that (?:freed|pardoned))`],
    // ("as of 23 December": a count taken on a day, which may lag the day's news as a counter's does)
    counterSays: ['according to (?:the )?(?:rights group|viasna|human rights|its|their|his|her)', "by (?:its|their|viasna's) (?:count|tally|data)",
      // "Viasna's own year-end figures were … 569", "the group's annual review counted 569": a monitor's tally, which lags
      raw`viasna(?:'s|’s)? (?:own )?(?:year-end |annual |monthly )?(?:figures?|count|tally|data|review|report)`, raw`(?:year-end|annual|monthly) (?:figures|review|report|tally)`,
      `as (?:of|at) (?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH}`],
    notHappened: [
      'if', 'would', 'could', 'might', 'hoped?', 'hoping', 'expect(?:s|ed)? to', raw`demand\p{L}*`, 'calls? (?:for|on)', 'urged?', 'plans? to',
      'petitions?', 'requests?', 'applications?', 'a month', 'per month',
    ],
    otherMeans: [
      'after serving',
      // "the exchange involved 26 people": a swap between states, not a pardon's count
      raw`(?:the|a|this|that) (?:prisoner )?(?:exchange|swap) (?:involved|included|freed|saw|covered)`,
      'complet(?:ed|ing) (?:their|his|her) (?:full )?(?:terms?|sentences?)',
      'served (?:their|his|her) (?:full )?(?:terms?|sentences?)',
      'at the end of (?:their|his|her) (?:terms?|sentences?)',
      'on parole',
      // a prisoner exchange between states is not a pardon round ("in exchange for" sanctions relief is)
      '(?:were|was|been|being) (?:exchanged|swapped)',
      raw`(?:in|under) (?:the|a|this|that) (?:prisoner )?(?:swap|exchange)(?! for)(?![\p{L}])`,
    ],
    countsFrom: [`(?:since|from|starting in|beginning in) (early |mid-?|late |the (?:start|beginning|middle|end) of )?${MONTH}(?: (\\d{1,2})\\b)?`, raw`since (?:the|those) (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))`],
    withinMonth: [`(?:in|this|that) ${MONTH}`, '(?:this|that|the same) (?:month|week)'],
    newsOfTheDay: [
      '(?:has|have) (?:now |just |also )?(?:pardoned|freed|released|let go|set free)',
      raw`another(?= \d| [\p{L}-]+ (?:\d|pardon|release|prisoner|people|round|group|decree))`,
      'a further', 'more(?! than)', 'new(?! year)', 'latest', 'additional', 'today', 'this week',
      'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'yesterday',
    ],
    ofTheWhole: ['of the', 'of'],
    splitOfWhole: ['of the'],
    partOfThoseFreed: [raw`(?:most|the (?:majority|bulk|rest)|half|many|some|a (?:third|quarter)) of (?:those|the(?: people| prisoners)?) (?:freed|released|pardoned)`],
    // ("pardoned with 51 others": those besides the person named, as "and 51 others")
    and: ['and', 'with'],
    also: ['also'],
    still: [],
    others: ['other', 'others', 'more', 'fellow'],
    togetherWith: ['along with', 'together with', 'alongside', 'besides', 'in addition to'],
    definite: ['the', 'all'],
    detainedStems: ['detain', 'detention'],
    arrestStems: ['arrest'],
    monthStems: MONTHS.map((month) => month.slice(0, 3)),
    pardonsAsAStart: [raw`since (?:the|these) pardons (?:began|started)`],
    everRecognised: ['over the years', 'ever'],
    withoutTheNews: [
      raw`(?:not counting|not including|excluding|before) (?:today's|yesterday's|this week's|the latest|the newest|the new|this|the day's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's) (?:decree|release|pardon|round|group|list)s?(?![\p{L}])`,
      raw`(?:does not|doesn't|did not|didn't|do not|don't) (?:yet )?(?:include|count|reflect) (?:today's|yesterday's|this week's|the latest|the newest|the new|this|the day's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)`,
    ],
    thatGroup: [raw`(?:that|those) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|earlier|previous|former|latter|other) (?:group|decree|round|batch|release|wave|list)s?(?![\p{L}])`],
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

/**
 * The English extractor's cue tables (cues.ts): what a figure counts and when, read from the words around it.
 * Alternations in the order listed; `categoryAfter` are the named rules, one per kind, tried in order.
 */
const NATIONALITIES = [
  'lithuanian', 'latvian', 'german', 'french', 'british', 'polish', 'american', 'u\\.s\\.', 'estonian', 'japanese',
  'swiss', 'ukrainian', 'russian', 'czech', 'slovak', 'swedish', 'norwegian', 'dutch', 'italian', 'spanish',
];
const NATIONALS = [
  'lithuanians', 'latvians', 'germans', 'poles', 'americans', 'estonians', 'ukrainians', 'russians', 'czechs',
  'slovaks', 'swedes', 'norwegians', 'britons?',
];
/** "Since late November, 156 have been pardoned": a count from another month than the first round's (scope 'other') */
const SINCE_OTHER_MONTH = 'since (?:the (?:decisions?|decrees?|releases?|pardons?) of )?(?:(?:early|mid-?|late|the (?:start|beginning|middle|end) of) )?(?:february|march|april|may|june|august|september|october|november|december)(?! \\d)(?!,? when)';
/** "156 freed since those November decisions": a total from a start the sentence points at, not the KB's */
const SINCE_THOSE_EVENTS = String.raw`since (?:those|these|that) (?:[a-z-]+ )?(?:decisions?|decrees?|releases?|pardons?|deals?)`;
/** "citizens of Belarus", "nationals of Latvia": a nationals' count named by the country */
const CITIZENS_OF = String.raw`(?:nationals?|citizens?) of (?:belarus|lithuania|latvia|poland|germany|france|japan|ukraine|estonia|switzerland|the united states|the us|the uk|britain)`;
/** where those freed went: "114 were taken to Ukraine", "Nine … left Belarus for Lithuania" */
const DESTINATIONS = [
  'lithuania', 'ukraine', 'poland', 'latvia', 'germany', 'the united states', 'the u\\.s\\.', 'the us', 'america',
];
const NATIONALITY = `(?:${NATIONALITIES.join('|')})`;
const NATIONAL_NOUNS = `(?:${NATIONALS.join('|')})`;
const DESTINATION = `(?:${DESTINATIONS.join('|')})`;

export const EN_CUES: EnglishCueTables = {
  pardon: [
    'pardon\\w*', 'clemency', 'free[sd]?', 'set free', 'set to be freed', 'releas\\w*', 'let go', 'amnest\\w*',
    'walk(?:ed)? free',
  ],
  pardonVerbBefore: [
    'pardon(?:ed|s|ing)?', 'pardon of', '(?:decree|order) of', 'freed', 'frees', 'freeing', 'free', 'set free', 'releas(?:ed|es|ing)', 'release of',
    'let go of', 'clemency (?:to|for)',
    // "the decree covers 15 prisoners", "a decree freeing 30 more"
    '(?:decree|pardon|order)s? (?:covers|covered|covering|applies to|applied to|affects|affected|affecting|concerns|concerned)',
    // "secures freedom for 52", "the release involved 52 people"
    '(?:freedom|release) (?:for|of)', '(?:release|pardon|decree) (?:involved|involves|included|includes)',
  ],
  held: [
    'remain\\w*', 'belarus has', 'the country has', 'there are still', 'behind bars', 'in detention',
    'in (?:jail|prison|custody)', 'jails', 'prisons', 'held', 'currently', 'incarcerated', 'still', 'there are',
    'counted', 'languish\\w*', 'are imprisoned', 'count(?:s|ing)?', 'listing', 'tally', 'number of political prisoners',
    // "Belarus now has about 1,400 political prisoners", "Viasna estimates", "… in the country"
    raw`(?:belarus|the country|the regime|authorities) (?:now |still |currently )?(?:has|have|holds|hold|keeps|is holding)`, 'in the country',
    raw`estimat\w*`, 'identified', 'lists',
    // "the release leaves 1,150 political prisoners behind"
    'leaves', 'leaving',
  ],
  heldAfter: ['remain\\w*', 'behind bars', 'in (?:jail|prison|detention|custody)', 'languish\\w*', 'held', 'imprisoned'],
  total: [
    'in total', 'a total', 'the total', 'total number', 'in all', 'altogether', 'so far', 'to date', raw`since july(?! \d{1,2}\b)`,
    SINCE_THOSE_EVENTS,
    'since the first (?:round|wave|group|pardon|release)s?', 'this year', 'counting from (?:july|the summer|the first (?:round|wave|group|pardon|release)s?)', 'since the (?:start|beginning|turn) of (?:the|this) year(?!,? when)', raw`since january(?! \d{1,2}\b)(?!,? when)`, 'in \\d{4}', 'overall', 'cumulative',
    'tally', 'bringing the number', 'brings the number', 'taking the number', 'since last (?:july|summer)',
    // ("By now 269 have been released", "as of today": a count so far)
    'by now', 'as of (?:today|now)', 'up to now',
    SINCE_OTHER_MONTH,
    ...SINCE_THE_RELEASES_BEGAN,
  ],
  otherPeriod: [
    'since (?:the (?:summer|start|beginning) of )?(?:19|20)\\d{2}(?![\\d-])', 'since the (?:19|20)\\d{2}',
    'over the years',
    SINCE_THOSE_EVENTS,
    '(?:in|over|during) (?:the (?:past|last) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few) years',
  ],
  since: [
    'since (?:july|the summer|mid-\\d{4}|the first (?:round|wave|group|pardon|release)s?)', 'counting from (?:july|the summer|the first (?:round|wave|group|pardon|release)s?)', 'this year', "in \\d{4}(?!['’])",
    // ("since the start of the year, 80 have been pardoned": the year's total)
    // (not "the first since January, when two decrees …": a span that dates an earlier release)
    'since the (?:start|beginning|turn) of (?:the|this) year(?!,? when)', 'since january(?! \\d)(?!,? when)',
    'so far', 'to date', 'since last (?:july|summer)',
    SINCE_OTHER_MONTH,
    ...SINCE_THE_RELEASES_BEGAN,
  ],
  peopleModifiers: ['more', 'additional', 'other', 'fellow'],
  peopleAfter: [
    'others', 'political\\s+(?:prisoners|detainees|captives)', 'prisoners', 'people', 'persons', 'individuals',
    'detainees', 'inmates', 'convicts', 'activists', 'opposition\\s+activists', 'men and women', 'of them',
    'of those',
  ],
  arrest: [
    'arrest\\w*', 'detain\\w*', 'jailed', 'sentenc\\w*', 'convict(?!s\\b)\\w*', 'imprison\\w*', 'put in prison',
    'behind bars', 'locked up',
  ],
  pronounGroup: [
    'of them', 'among them', 'of those', 'the group', 'including', 'they include',
    'those (?:freed|released|pardoned)',
  ],
  otherTime: [
    // "Then he pardoned another 37", "After that, …": the next step of a chronology, not the day's news
    raw`^(?:and )?(?:then|later|after that|afterwards|subsequently)\b`,
    // "before the presidential election": a release placed before an earlier event
    raw`before the (?:(?:last|january|\d{4}) )?(?:presidential )?elections?`,
    // "that deal saw 52 people freed": a release the report has already placed
    '(?:that|the earlier|the previous|an earlier|a previous) (?:deal|release|decree|round|exchange|agreement|swap)',
    // "like one that freed 52", "similar to the deal that freed 52": another release the news is compared with
    raw`(?:like|as with|similar to) (?:the |an? |that )?(?:one|ones|deal|release|decree|round|exchange|agreement)s? (?:that|which)`,
    // "late last year", "at the end of 2024": a time before the page's
    raw`(?:late|at the end of|by the end of|towards the end of) last year`, raw`(?:at|by) the end of (?:19|20)\d\d`,
    'previous(?:ly)?', 'earlier', 'before that', raw`(?:years?|months?|weeks?|days?|fortnights?) ago`,
    // "On the 11th, 52 …": a day of a month told before
    raw`on the \d{1,2}(?:st|nd|rd|th)`, 'last year', 'the year before', 'last time', 'prior',
    'the last round', 'preceding', 'a month earlier',
    // "a similar decree freed 20", "last Christmas": another release like the news, at a holiday before the page's
    '(?:a|one) (?:similar|comparable|like) (?:deal|release|decree|round|exchange|pardon|amnesty)',
    'last (?:christmas|new year|easter|independence day)', 'a year (?:earlier|before)',
    // "Six days later came a second decree": a time told from the sentence before, not the page's
    raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) )?(?:days?|weeks?|months?) later`, 'later that (?:week|month|year)',
    // "Last Saturday's decree freed 23": a day of the week before the page's
    raw`last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?`,
    'in the (?:first|second|third|fourth|fifth|sixth|seventh) (?:round|wave)',
    // "five days after the September release": a time told from an event of another month ("five days after the
    // US-brokered release" may be the page's own week)
    raw`(?:days?|weeks?|months?) after (?:the|its|an?) (?:january|february|march|april|may|june|july|august|september|october|november|december|last|previous|earlier|(?:19|20)\d\d)\b`,
  ],
  foreignNationalities: [
    'japanese', 'german', 'lithuanian', 'polish', 'latvian', 'american', 'u\\.s\\.', 'swiss', 'estonian',
    'ukrainian', 'russian', 'french', 'british', 'slovak', 'czech',
  ],
  otherCountries: [
    'russia', 'azerbaijan', 'kazakhstan', 'uzbekistan', 'venezuela', 'myanmar', 'iran', 'egypt', 'cuba', 'nicaragua',
    'turkey', 'china', 'georgia', 'armenia', 'tajikistan', 'vietnam', 'bahrain', 'eritrea', 'united states',
    'poland', 'lithuania', 'ukraine',
    // other countries' leaders, who pardon their own prisoners ("Aliyev pardons more than 150")
    'aliyev', 'maduro', 'tokayev', 'mirziyoyev', 'erdogan', 'ortega', 'putin', 'rahmon',
  ],
  nationalities: NATIONALITIES,
  nationalityCountries: [
    ['lithuanian|(?:(?:nationals?|citizens?)\\s+)?of lithuania', 'Lithuania'], ['latvian|(?:(?:nationals?|citizens?)\\s+)?of latvia', 'Latvia'], ['german|(?:(?:nationals?|citizens?)\\s+)?of germany', 'Germany'], ['french|(?:(?:nationals?|citizens?)\\s+)?of france', 'France'], ['british|briton|(?:(?:nationals?|citizens?)\\s+)?of (?:the united kingdom|the uk|britain)', 'United Kingdom'],
    ['polish|poles?\\b|(?:(?:nationals?|citizens?)\\s+)?of poland', 'Poland'], ['american|u\\.s\\.|(?:(?:nationals?|citizens?)\\s+)?of the (?:united states|us)', 'United States'], ['estonian|(?:(?:nationals?|citizens?)\\s+)?of estonia', 'Estonia'], ['japanese|(?:(?:nationals?|citizens?)\\s+)?of japan', 'Japan'], ['swiss|(?:(?:nationals?|citizens?)\\s+)?of switzerland', 'Switzerland'],
    ['ukrainian|(?:(?:nationals?|citizens?)\\s+)?of ukraine', 'Ukraine'], ['belarusian|(?:(?:nationals?|citizens?)\\s+)?of belarus', 'Belarus'],
  ],
  nationals: NATIONALS,
  destinations: DESTINATIONS,
  pardonedSubjects: [
    'more', 'other', 'others', 'fellow', 'additional', 'political', 'prisoners?', 'captives', 'people', 'persons', 'individuals', 'detainees', 'convicts', 'inmates', 'activists', 'opposition',
    // "two Catholic priests were pardoned", "31 Ukrainians were handed over": people named by what they are
    'catholic', 'priests', 'clergymen', 'journalists', 'bloggers', 'foreign', 'foreigners', 'citizens', 'nationals', 'belarusians', ...NATIONALS,
    // ("31 Ukrainian citizens were handed over": a nationality before its noun)
    ...NATIONALITIES, 'belarusian',
    'seriously', 'chronically', 'terminally', 'gravely', 'ill', 'sick', 'elderly',
  ],
  notASubject: ['has', 'have', 'had', 'he', 'she', 'they', 'it', 'who', 'whom', 'which', 'that', 'lukash\\w*', 'but', 'and'],
  pardonedAuxiliaries: [
    'were', '(?:have|has|had) (?:now |already |just |since |also )?been', 'was', 'are being', 'will be', 'are set to be', 'are to be', 'to be',
    'are now', 'are', 'is', 'now', 'have', 'has', 'had',
  ],
  pardonedVerbs: ['pardoned', 'freed', 'released', 'amnestied', 'let go', 'set free', 'granted clemency', 'walk(?:ed)? free', 'free', 'granted (?:a )?pardons?', 'received (?:a )?pardons?', 'handed (?:over|back) (?:to|at)', 'returned to (?:ukraine|kyiv)', '(?:granted|given) (?:their )?freedom',
    // "were driven across the border to Vilnius", "crossed into Lithuania": the release's journey out
    ...RELEASE_JOURNEY,
    raw`cross(?:ed|ing)?\s+(?:into|over into|the border)`, 'walk(?:ed)? out of (?:prison|jail|custody|(?:the )?(?:prison|jail|colony|penal colony|detention centre)|(?:[a-z]+ )?(?:prisons|jails|colonies))', 'walk(?:ed)? out (?:under|after|through|thanks to)', 'left (?:prison|jail)', raw`covered by (?:the |a |this )?(?:[a-z-]+ ){0,2}(?:decree|pardon)`],
  superlatives: SUPERLATIVES,
  releaseJourney: RELEASE_JOURNEY,
  attributionVerbs: ['said', 'says', 'told', 'reported', 'announced', 'confirmed', 'wrote'],
  otherEventBeforeMonth: [
    'arrested', 'detained', 'jailed', 'imprisoned', 'sentenced', 'convicted', 'charged', 'tried', 'taken into custody',
    'put on trial', 'born', 'elected', 're-elected', 'inaugurated', 'fled', 'died', 'married', 'founded',
  ],
  categoryAfter: [
    ['round_women', '^\\s*(?:of (?:them|those|the \\S+)(?:\\s+[a-z]+){0,2}?\\s+)?(?:are\\s+|were\\s+|is\\s+|was\\s+)?(?:women|woman|female)\\b'],
    ['round_men', '^\\s*(?:of (?:them|those|the \\S+)(?:\\s+[a-z]+){0,2}?\\s+)?(?:are\\s+|were\\s+|is\\s+|was\\s+)?(?:men|man|male)\\b'],
    ['round_over_50', '^[a-z ,]{0,30}?\\b(?:over|above|older than)\\s+(?:the\\s+age\\s+of\\s+)?(?:50|fifty)\\b|^[a-z ,]{0,25}?\\baged\\s+(?:50|fifty)\\s+(?:and|or)\\s+(?:over|above|older)'],
    ['round_under_25', '^[a-z ,]{0,30}?\\b(?:under|below|younger than)\\s+(?:the\\s+age\\s+of\\s+)?(?:25|twenty-five)\\b'],
    ['round_under_40', '^[a-z ,]{0,30}?\\b(?:under|below|younger than)\\s+(?:the\\s+age\\s+of\\s+)?(?:40|forty)\\b'],
    ['round_large_families', '^[a-z ,]{0,30}?\\b(?:(?:mothers?|fathers?|parents?) of (?:large families|many children)|(?:have|has|with|had|are raising|raising|raise|are bringing up)\\s+(?:many|several|three or more)\\s+children|(?:have|has|with|had|are from|from|in|of)\\s+large families|large-family|many-children)\\b'],
    ['round_minors', '^[a-z ,]{0,40}?\\b(?:(?:offended|committed (?:their|the|an?) (?:crimes?|offences?)) as (?:a )?minors?|were minors when)\\b'],
    ['round_pensioners', '^[a-z ,]{0,25}?\\b(?:pensioners?|retirees|of pension(?:able)? age)\\b'],
    ['round_with_disabled_children', '^[a-z ,]{0,30}?\\b(?:have|has|with|had|are raising|raising)\\s+(?:a\\s+)?(?:disabled (?:children|child)|(?:children|a child) with (?:a\\s+)?disabilit\\w+)'],
    ['round_married_couples', '^\\s*(?:married couples?|couples?)\\b'],
    // ("Viasna says 15 of them are political prisoners", "15 of those pardoned were on its list": those of the freed it recognises)
    ['round_political', '^\\s*of (?:them|those(?:\\s+(?:pardoned|freed|released))?)\\s+(?:are|were)\\s+(?:(?:recogni[sz]ed\\s+)?(?:as\\s+)?political prisoners|on (?:its|the|their|viasna\\W?s) list)\\b'],
    ['round_political', '^\\s*(?:of (?:whom|them|those)(?:\\s+(?:pardoned|freed|released))?\\s+)?(?:(?:individuals|people|persons|prisoners)\\s+)?(?:were|had been|have been|are|was)?\\s*(?:convicted|jailed|sentenced)\\s+(?:under|of|on|for)\\s+[^.;]{0,30}?(?:extremis\\w*|politic\\w*|protest\\w*)'],
    ['round_drug_offences', '^\\s*(?:of (?:whom|them|those)\\s+|(?:individuals|people|persons|prisoners)\\s+)?(?:were\\s+|had been\\s+|have been\\s+)?(?:convicted\\s+|jailed\\s+|sentenced\\s+)?(?:of|for|under)\\s+drug|^\\s*faced convictions? (?:related to|for) drug'],
    ['round_foreigners', '^\\s*(?:(?:are|were|of (?:them|those (?:freed|released|pardoned))(?: (?:are|were))?)\\s+)?(?:foreigners|foreign (?:nationals|citizens|prisoners))\\b|^\\s*(?:of (?:them|those (?:freed|released|pardoned))\\s+)?(?:hold|held|have|had|carry|carried)\\s+foreign (?:passports|citizenship)\\b'],
    // ("38 Belarusian citizens": Belarusians counted as such only with their noun; "23 Belarusian prisoners" are people)
    // ("six of them Lithuanian citizens", "six of the foreigners were Lithuanians")
    ['round_nationals', `^\\s*(?:of (?:them|those|the \\S+)(?:\\s+[a-z]+){0,2}?\\s+)?(?:are\\s+|were\\s+)?(?:${NATIONALITY}(?:\\s+(?:nationals?|citizens?))?|belarusian\\s+(?:nationals|citizens|passport holders)|belarusians|${NATIONAL_NOUNS}|${CITIZENS_OF})\\b`],
    // ("Most of them (114) were taken to Ukraine", "Most of them, 235, stayed": the share set off, then its verb)
    // ("15 are taken to Lithuania": a timeline's present tense; "52 are released to Lithuania" tells of the whole release, as
    // does "123 prisoners were expelled to Ukraine and Lithuania")
    ['round_destination', `^\\s*(?:[),]\\s*)?(?:of (?:the|those) (?:released|freed|pardoned)(?:\\s+(?:prisoners|people))?\\s+|of (?:them|whom)\\s+|other (?:prisoners|people|detainees)\\s+|others\\s+)?(?:were\\s+|have been\\s+|had been\\s+|(?:are|is)\\s+(?:being\\s+)?(?!released|freed)|will be\\s+(?!released|freed))?(?:left (?:belarus )?for|(?:were |are )?(?:heading|headed|bound) for|(?:taken|sent|transferred|deported|expelled|flown|driven|brought|moved|handed over|released|went|headed) to)\\s+(?:the (?:border with|[a-z]+ border of)\\s+)?${DESTINATION}\\b(?!,? (?:and|or) ${DESTINATION})`],
    ['round_with_children', '^[a-z ,]{0,30}?\\b(?:(?:have|has|with|had|are parents of|parents of|are raising|raising|are bringing up)\\s+(?:minor\\s+|young\\s+|underage\\s+|their\\s+)?(?:children|kids)|are (?:parents|mothers|fathers))\\b'],
    // ("frees 42, two dozen of them parents": the list form only, not "met by their parents")
    ['round_with_children', '^\\s*(?:of (?:them|whom|those)\\s+)?(?:are\\s+|were\\s+)?parents\\b(?! of (?:political )?prisoners)'],
    ['round_chronically_ill', '^[a-z ,]{0,40}?\\b(?:chronic\\w*|seriously ill|terminally ill|illness(?:es)?|ill health|health (?:problems|conditions))\\b'],
    ['round_disabled', '^[a-z ,]{0,30}?\\b(?:disab\\w+|invalids?|handicapped)\\b'],
  ],
};
