/**
 * Finds the figures a page states about the pardons and political prisoners, and reads what each counts.
 * Rule-based on purpose: every decision can be traced to a cue in the sentence, and an unclear figure is
 * dropped rather than guessed (an unextracted figure is a miss; a misread one is a false alarm).
 */
import * as cue from './cues';
import { CLAIM_WORK, FIGURE_WORK, type WorkBudget } from './budget';
import * as cy from './cyrillic';
import { hedgeBefore } from './hedges';
import { frameOf, once, type Frame } from './frame';
import { entitiesIn } from './names';
import { endsOnCyrillic, firstPart, isSpace, lastMarkBefore, lastNonSpaceCode, opensOnDigit, testOfLastText } from './textScan';
import { findNumbers, type NumberToken } from './numbers';
import { CYRILLIC_NUMBER_HINT } from './numbersCyrillic';
import { splitAtFigures, splitSentences, type TextRange } from './sentences';
import { namesCountry } from './topicCue';
import { COMPOSITION_KINDS, type ClaimKind, type Hedge } from './types';

export interface MonthCue {
  /** 1–12, or null when relative to the report's own month */
  month: number | null;
  part: 'early' | 'mid' | 'late' | null;
  relative: 'earlier-this-month' | 'this-month' | 'last-month' | null;
  /** the year written with the month ("in September 2024"), when it is */
  year?: number;
  /** a day is written with the month ("on 7 November", "7 ноября"): the cue dates a day, not a month */
  dated?: boolean;
  /** the month heads its item in a month-by-month list ("Травень. …"): the list's own year, never an earlier one */
  heading?: boolean;
}

export interface RawClaim {
  kind: ClaimKind;
  /** the name of the extractor's rule that read the figure as this kind ("en-round-size", "cy-whereabouts"): to trace it */
  rule: string;
  value: number;
  hedge: Hedge | null;
  start: number;
  end: number;
  span: string;
  sentence: TextRange;
  /** headline, first two blocks after it (the lede), or the rest */
  position: 'headline' | 'lede' | 'body';
  monthCue: MonthCue | null;
  /** the sentence points at an earlier time than the report ("previously", "earlier") */
  otherTime: boolean;
  /** the figure is another time's, named as a yardstick or a starting point ("down from 1,265", "than the 22 freed") */
  yardstick?: boolean;
  /** …of a year before the page ("down from 1,265 a year earlier", "1265 годом ранее") */
  yearEarlier?: boolean;
  /** inside a direct quotation, where speakers round freely */
  inQuote: boolean;
  subject?: string;
  /** for running totals: what the total counts from */
  scope?: 'since-july' | 'this-year' | 'unspecified' | 'other';
  /** for a total scoped "in" a year the sentence names: that year (absent: the page's year) */
  scopeYear?: number;
  /** for a total counted from another month ("since late November", "с конца ноября"): that month, 1–12 */
  sinceMonth?: number;
  /** a part counted of a whole named right after it ("12 of the 18", "12 из 18"): the whole's figure */
  wholeOf?: number;
  /** for a year's total: the year before the page's ("last year", "летась", "в прошлом году") */
  lastYear?: boolean;
  /** for ordinals: the sentence counts decrees, a convention the sources do not use */
  countsDecrees?: boolean;
  /** for ordinals: the sentence counts within the year ("пятый указ в этом году"), not since the releases began */
  countsInYear?: boolean;
  /** for a term: won (in an election past) or sought (in one ahead), as the sentence's verbs say */
  term?: 'won' | 'sought';
  /** for a term: the election's year, when the sentence names one */
  termYear?: number;
  /** for dates: the month named */
  month?: number;
  /** the day of the week the sentence names ("on Saturday", "в субботу"), 0 Sunday – 6 Saturday, when it names one */
  weekday?: number;
  /** a round's size said of a group the sentence names ("pardoned 31 Ukrainians"): that group's kind */
  namedGroup?: ClaimKind;
  /** a category narrowed by another in the figure's clause ("three women with many children"): the other's kind */
  qualifiedBy?: ClaimKind;
  /**
   * What the figure counts, slot by slot, and how each was decided (frame.ts). Built on first call: most figures are
   * supported without it, and only discrepancies, a few kinds and traces read it.
   */
  frame: () => Frame;
}

/** A month named in a sentence; `start` when it marks where a count begins ("since July", "beginning in July"). */
interface MonthMention {
  at: number;
  end: number;
  cue: MonthCue;
  start: boolean;
  /** "since July, when 18 walked out, the total has reached 605": the start of a count, dating only its when-clause (to here) */
  whenUntil?: number;
  /** an occasion a date may stand beside ("On Dec. 28, ahead of the election"): the date, where one is written, wins */
  weak?: boolean;
  /** "as of December 23", "по состоянию на 23 декабря": the day a count is taken, never a release's */
  asOf?: boolean;
}

interface SentenceContext {
  /** how many figures the sentence holds, years aside (counted once, when a frame first asks) */
  figureCount?: number;
  /** the days of the week the sentence names as times (found once, when a figure first asks) */
  weekdays?: { at: number; day: number }[];
  /** where the sentence's total cues stand (found once, when a figure first asks) */
  totalCues?: number[];
  /** the paragraph the sentence is in */
  block: string;
  /** the paragraph names political prisoners somewhere (asked once per paragraph, not once per figure) */
  blockNamesPrisoners: () => boolean;
  /** the sentence may speak of recognition or of the list's growth (asked once per sentence, not once per figure) */
  mayRecognise: () => boolean;
  text: string;
  lower: string;
  range: TextRange;
  tokens: NumberToken[];
  pardon: boolean;
  /** written in Cyrillic (Russian, Belarusian): read with the cues of cyrillic.ts */
  cyrillic: boolean;
  /** the sentence, or the one before it in the same block, is about pardons */
  pardonNearby: boolean;
  /** Russian or Belarusian words of years or sentences ("лет", "гадоў", "приговор"): asked once, not for every figure */
  yearsWordsCy: boolean;
  /** Russian or Belarusian words of prisoners held ("остаются", "за кратамі"), asked once */
  heldCueCy: boolean;
  monthCues: MonthMention[];
  /** the sentence points at an earlier time than the report */
  otherTime: boolean;
  /** the sentence before, in the same paragraph, lower-cased */
  previous: string;
  /** the paragraph is a list item under blocks that speak of a release */
  listUnderRelease: boolean;
  /** the paragraphs just before speak of a release */
  releaseBefore: boolean;
  /** the sentence asks whether something is so, and so states nothing */
  asked: boolean;
  /** characters put before the sentence's own text (an answer's question, "were freed "): no claim is read in them */
  prefix: number;
  /** the block is a table's row: a date or a round named, a dash, its figures ("18 January 2025 — 23 — three women") */
  tableRow: boolean;
}

/** Claims of one block, with offsets relative to the block; position is set by the caller. */
export type BlockCache = Map<string, RawClaim[]>;

/**
 * Extracts the claims of a page. Blocks (lines) are read independently, so a caller that keeps
 * `cache` across calls only pays for blocks it has not seen (a live blog growing by a paragraph).
 * With a `budget`, reading stops once the page's work passes its limit: the claims are those of the text read before
 * that, `budget.stopped` says the rest was not read, and a block read only in part is not cached.
 */
export function extractClaims(text: string, hasHeadline = true, cache?: BlockCache, budget?: WorkBudget): RawClaim[] {
  const claims: RawClaim[] = [];
  // a page whose headline is another country's pardons reads only the sentences that name Belarus
  const otherCountry = hasHeadline && headlineOnAnotherCountry(/^\s*(.*)/.exec(text)![1].slice(0, 300));
  // (a page that never names the country, its leader or a town, only people it jailed, may be a profile or another
  // country's story: its headline and lede are not taken for the news of a round)
  const countryNamed = namesCountry(text);
  forEachBlock(text, (line, key, context, blockIndex, lineStart, question) => {
    let local = cache?.get(otherCountry ? `o${key}` : key);
    if (!local) {
      const read = extractBlock(line, context, question, budget, otherCountry);
      local = read.claims;
      if (cache && read.complete) remember(cache, otherCountry ? `o${key}` : key, local);
    }
    const position: RawClaim['position'] = !countryNamed ? 'body' : hasHeadline && blockIndex === 0 ? 'headline' : blockIndex <= (hasHeadline ? 2 : 1) ? 'lede' : 'body';
    for (const claim of local) claims.push(shift(claim, lineStart, position));
    return !budget?.stopped;
  });
  return claims;
}

function remember(cache: BlockCache, key: string, claims: RawClaim[]): void {
  if (cache.size > 20_000) cache.clear(); // bounded: a page that churns text cannot grow it forever
  cache.set(key, claims);
}

/**
 * Visits the non-empty lines with the context a block is read in: pardon talk in the last two
 * substantial blocks carries over ("Among them, 24 men…" after "…pardoned 32"). Stops when visit returns false.
 */
function forEachBlock(text: string, visit: (line: string, key: string, context: boolean, blockIndex: number, lineStart: number, question: string) => boolean): boolean {
  let blockIndex = 0;
  let lineStart = 0;
  const recentPardon: boolean[] = [];
  // a question's line ("How many were freed?"), whose answer the next line gives
  let question = '';
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const context = recentPardon.some(Boolean);
      if (!visit(line, `${context ? 1 : 0}${question}\n${line}`, context, blockIndex, lineStart, question)) return false;
      blockIndex++;
      question = line.length <= 200 && HOW_MANY.test(line.toLowerCase()) ? line : '';
      if (line.length >= 25) {
        const lower = line.toLowerCase();
        // (a table's row keeps the table's context: its rows need not repeat the word)
        recentPardon.push(cue.PARDON.test(lower) || cy.PARDON_CY.test(lower) || (context && (TABLE_ROW.test(line) || cy.TABLE_ROW_CY.test(line))));
        // a digest's short lines under one pardon line: four lines carry it
        if (recentPardon.length > 4) recentPardon.shift();
      }
    }
    lineStart += line.length + 1;
  }
  return true;
}

function shift(claim: RawClaim, offset: number, position: RawClaim['position']): RawClaim {
  const frame = position === 'body' ? claim.frame : once(() => asNews(claim.frame(), position));
  return { ...claim, frame, start: claim.start + offset, end: claim.end + offset, sentence: { start: claim.sentence.start + offset, end: claim.sentence.end + offset }, position };
}

const ANY_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|dozen\b)/i;

/** "Read also:", "Related:", "Читайте также:": a line of links to other stories, not the report's claims */
const RELATED_LINKS = /^\s*(?:read (?:also|more)|see also|related(?: stories| articles)?|more on this(?: story)?|further reading|also read|читайте (?:также|еще|ещё)|еще по теме|ещё по теме|по теме|смотрите также|чытайце (?:таксама|яшчэ)|яшчэ па тэме|па тэме|глядзіце таксама)\s*[:|—–-]/iu;

/** "Aliyev pardons more than 150", "Мирзиёев помиловал более двухсот осуждённых": a headline on another country's pardons */
function headlineOnAnotherCountry(headline: string): boolean {
  const lower = headline.toLowerCase();
  return cy.CYRILLIC.test(lower) ? cy.headlineOnAnotherCountryCy(lower) : cue.HEADLINE_COUNTRIES.test(lower) && cue.PARDON.test(lower) && !/belarus|lukash|minsk/.test(lower);
}

function extractBlock(block: string, pardonBefore: boolean, question: string, budget?: WorkBudget, otherCountry = false): { claims: RawClaim[]; complete: boolean } {
  const claims: RawClaim[] = [];
  if (!ANY_NUMBER.test(block) && !CYRILLIC_NUMBER_HINT.test(block)) return { claims, complete: true };
  // a links line is a headline or a few; a long paragraph after "See also:" is text a page store merged into it
  if (RELATED_LINKS.test(block) && (block.length <= 200 || /[|·•]/.test(block))) return { claims, complete: true };
  // once a paragraph has spoken of a release, its later sentences are read in that light
  let pardonSeen = pardonBefore;
  // (a question on the line before is the sentence before the answer's first)
  let previous = question.toLowerCase();
  // (cue.PARDON's answer for `previous`, where the sentence before was read in English: not asked of it again)
  let previousPardon: boolean | undefined;
  // (a fact box's line, "Women: 11", and a table's row are ones too: a label and figures under the release)
  const tableRow = pardonBefore && (TABLE_ROW.test(block) || cy.TABLE_ROW_CY.test(block));
  const listUnderRelease = tableRow || (pardonBefore && (/^\s*[—–\-•*·]/u.test(block) || (block.length <= 90 && (LABEL_LINE.test(block) || (AGE_LABEL_LINE.test(block) && AGE_IN_LABEL.test(block.toLowerCase()))))));
  let namesPrisoners: boolean | undefined;
  const blockNamesPrisoners = () => (namesPrisoners ??= cy.POLITICAL_PRISONERS_CY.test(block));
  // ("Травень. Напярэдадні Дня Перамогі памілаваныя 42", "May. 42 were pardoned": a month heading dates its item)
  const heading = headingMonth(block);
  // ("2024. July: … (18). August: a pardon decree (30).": a year heading the block dates the months its items name)
  const blockYear = YEAR_HEADING.exec(block)?.[1];
  for (const { range, tokens: known } of sentencePieces(block)) {
    if (budget && !budget.mayRead()) return { claims, complete: false };
    const sentenceText = block.slice(range.start, range.end);
    budget?.spend(sentenceText.length);
    // an answer to "How many were freed?" is read with the question's words before its figure ("were freed 123"), the
    // order the readers know; its claims' offsets are the answer's own
    const question = ANSWER_START.test(sentenceText) ? HOW_MANY.exec(previous) : null;
    const prefix = question ? `${question[1]} ` : '';
    const text = prefix + sentenceText;
    const lower = text.toLowerCase();
    const cyrillic = cy.CYRILLIC.test(lower);
    const pardon = cyrillic ? cy.hasWordsCy(cy.PARDON_CY, lower) : cue.PARDON.test(lower);
    const pardonNearby = pardon || pardonSeen;
    pardonSeen ||= pardon;
    const before = previous;
    const beforePardon = previousPardon;
    previous = lower;
    previousPardon = cyrillic ? undefined : pardon;
    if ((!ANY_NUMBER.test(lower) && !(cyrillic && CYRILLIC_NUMBER_HINT.test(lower))) || (cyrillic ? cy.isOffTopicSentenceCy(lower) : isOffTopicSentence(lower, pardonBefore || (beforePardon ?? cue.PARDON.test(before)), pardon))) continue;
    if (otherCountry && !(cyrillic ? cy.namesBelarusCy(lower) : /belarus|lukash|minsk/.test(lower))) continue;
    const tokens = prefix ? findNumbers(text) : known ?? findNumbers(sentenceText);
    if (tokens.length === 0) continue;
    const ownCues = cyrillic ? monthCuesInCyrillic(lower) : monthCuesIn(lower);
    // ("August: a pardon decree (30).": a sentence opening on a month as its label is that month's item)
    const label = range.start > 0 && ownCues.length === 0 ? monthLabel(lower) : null;
    const named = label ? [label] : ownCues;
    const ownMonths = blockYear ? named.map((m) => (m.cue.year === undefined && m.cue.month !== null && !m.cue.relative ? { ...m, cue: { ...m.cue, year: Number(blockYear) } } : m)) : named;
    // (its own cues with no year are the list's year too: "Ліпень. Напярэдадні Дня незалежнасці …")
    const monthCues = heading && (range.start > 0 || ownMonths.length === 0) ? (ownMonths.length === 0 ? [heading] : ownMonths.map((m) => (m.cue.year === undefined ? { ...m, cue: { ...m.cue, heading: true } } : m))) : ownMonths;
    const otherTime = cyrillic ? cy.hasWordsCy(cy.OTHER_TIME_CY, lower) : cue.OTHER_TIME.test(lower) && !/\bearlier this month\b/.test(lower);
    const yearsWordsCy = cyrillic && cy.SENTENCE_HINT_CY.test(lower);
    const heldCueCy = cyrillic && cy.hasWordsCy(cy.HELD_CY, lower);
    let recognises: boolean | undefined;
    const mayRecognise = () => (recognises ??= cyrillic && (/призна|прызна/u.test(lower) || LIST_GREW_HINT_CY.test(lower)));
    const context: SentenceContext = { figureCount: undefined, weekdays: undefined, totalCues: undefined, block, blockNamesPrisoners, mayRecognise, text, prefix: prefix.length, lower, range, tokens, pardon, cyrillic, pardonNearby, yearsWordsCy, heldCueCy, monthCues, otherTime, previous: before, listUnderRelease, releaseBefore: pardonBefore, asked: asksWhether(sentenceText), tableRow };
    const claimsBefore = claims.length;
    for (let i = 0; i < tokens.length; i++) {
      const claim = readToken(context, i, block);
      if (claim) claims.push(claim);
    }
    budget?.spend(FIGURE_WORK * tokens.length + CLAIM_WORK * (claims.length - claimsBefore));
  }
  return { claims, complete: true };
}

/**
 * Figures a written sentence holds at most, with room to spare (the pages we know have up to 13). A sentence with more
 * is a run of figures (a list or table pasted as one line, generated text): it is read in pieces of FIGURES_PER_PIECE
 * (sentences.ts, splitAtFigures), so a figure costs what its few neighbours cost, not what the whole run does.
 */
export const MAX_FIGURES = 20;
const FIGURES_PER_PIECE = 4;

/**
 * The block's sentences, and its over-full ones in pieces, with their figures where they had to be read already.
 * One at a time, so that a reader stopped by its budget has not paid for the rest of the block.
 */
function* sentencePieces(block: string): Generator<{ range: TextRange; tokens?: NumberToken[] }> {
  for (const sentence of splitSentences(block)) {
    // a short sentence is cheap to read whole, however many figures it holds
    if (sentence.end - sentence.start <= 10 * MAX_FIGURES) {
      yield { range: sentence };
      continue;
    }
    const text = block.slice(sentence.start, sentence.end);
    if (!ANY_NUMBER.test(text) && !CYRILLIC_NUMBER_HINT.test(text)) {
      yield { range: sentence };
      continue;
    }
    const tokens = findNumbers(text);
    if (tokens.length <= MAX_FIGURES) {
      yield { range: sentence, tokens };
      continue;
    }
    let first = 0;
    for (const piece of splitAtFigures(text, tokens, FIGURES_PER_PIECE)) {
      while (first < tokens.length && tokens[first].start < piece.start) first++;
      let last = first;
      while (last < tokens.length && tokens[last].end <= piece.end) last++;
      const shifted = tokens.slice(first, last).map((t) => ({ ...t, start: t.start - piece.start, end: t.end - piece.start }));
      yield { range: { start: sentence.start + piece.start, end: sentence.start + piece.end }, tokens: shifted };
      first = last;
    }
  }
}

/** ", Lithuania's president said.", ", the US embassy in Vilnius told reporters": who said it, closing the sentence */
const TRAILING_ATTRIBUTION = new RegExp(`,['’"”]?\\s*(?:[\\w'’.-]+\\s+){1,6}(?:${cue.ATTRIBUTION_VERBS.join('|')})\\b[^,;]*$`);

/**
 * Sentences about another country's prisoners or about foreign nationals are not this KB's business.
 * (releaseBefore: the sentence before tells of a release, whose foreigners this one may list)
 */
const STILL_HELD_AFTER = /^\s*(?:(?:people|persons|prisoners|men and women|belarusians)\s+)?(?:[a-z]+\s+){0,4}?(?:still|remain\w*)\s+(?:[a-z]+\s+){0,2}?(?:behind bars|in (?:jail|prison|custody|detention)|held|imprisoned)\b/;
const PARDON_PARTNER = /\b(?:(?:deal|deals|agreement|talks|negotiations|arrangement)\s+with|at the request of|brokered by|mediated by)\s+(?:the\s+)?(?:united states|u\.s\.|us|washington|american\w*|trump\w*|the white house)(?:['’]s?\s+\w+)?/g;
const OTHER_CAPITALS = /\b(?:caracas|moscow|kremlin|tehran|havana|managua|baku|tbilisi|tashkent|astana|ankara|beijing|yerevan|bishkek|dushanbe|ashgabat)\b/;
const NATIONALS_CATEGORY = cue.CATEGORY_AFTER.find(([kind]) => kind === 'round_nationals')!;

function isOffTopicSentence(lower: string, releaseBefore = false, pardon = cue.PARDON.test(lower)): boolean {
  // foreigners freed in a Belarusian release belong to it; elsewhere they are another country's news
  const namesBelarus = /belarus|lukash|minsk|belta/.test(lower);
  // ("Of Thursday's 52, only 38 were Belarusian citizens; the rest were foreigners": a part of a named release)
  // ("52 people, among them 14 foreigners, were released": a release counted in tens, its foreigners a part of it)
  // ("The foreigners, as far as is known: six Lithuanians, …", "the other 38": those of the release already named)
  // ("Ukrainian citizen X was among 42 people pardoned": one person of a release counted in tens)
  const partMarker = /\b(?:among (?:those|them|the|\d{2,})|(?:was|were) among|includ\w*|of (?:those|them|the)|the rest|of \w+(?:'s|’s) \d+|the other \d+)\b|^\s*the (?:foreigners|foreign (?:nationals|citizens))\b[^.:;]{0,60}:/.test(lower);
  const releaseInTens = /(?:^|[^\d,.])\d{2,3}(?![\d,.]\d)|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/.test(lower);
  const partOfRelease = (partMarker && (namesBelarus || releaseInTens || releaseBefore || /\bamong those (?:freed|released|pardoned)\b/.test(lower)))
    // ("the group included three Polish citizens": the release's group, named as such)
    || /\b(?:the (?:group|list|released|freed|pardoned)|those (?:freed|released|pardoned))\s+(?:also\s+)?includ\w*/.test(lower)
    || /\b(?:those|the prisoners|the people) (?:freed|released|pardoned) (?:included|include|were|are)\b|\b(?:of|among) (?:those|the) (?:\d+ )?(?:freed|released|pardoned)\b/.test(lower);
  // ("Lukashenka pardoned 31 Ukrainian citizens": a group in tens is a round Belarus's pardon freed; "a Japanese
  // national and two Lithuanian citizens convicted of espionage" are single cases, not political prisoners)
  const pardonedByBelarus = namesBelarus && /\b(?:pardon(?:s|ed)?|freed|released)\s+(?:[\w,.]+\s+){0,2}?\d{2,}\s+(?:foreign|[a-z.]+)\s+(?:nationals?|citizens?)\b/.test(lower);
  // ("31 Ukrainian citizens were handed over", in a report on a Belarusian release: the group in tens, the verb after it)
  const freedInTens = (namesBelarus || releaseBefore) && /(?:\b\d{2,}|\b[a-z]+ty(?:-[a-z]+)?|\b[a-z]+teen)\s+(?:foreign|[a-z.]+)\s+(?:nationals?|citizens?)\s+(?:were|have been|had been)\s+(?:freed|released|pardoned|handed)\b/.test(lower);
  // ("52 prisoners, 14 of them foreigners, were driven to the Lithuanian border": the journey out is the release's)
  if (cue.FOREIGN_NATIONALS.test(lower) && !((pardon || namesBelarus || cue.RELEASE_JOURNEY.test(lower) || releaseBefore) && (partOfRelease || pardonedByBelarus || freedInTens))) return true;
  // ("By nationality they include: six citizens of Lithuania, two of Latvia": the release's foreigners, country by country)
  if (partOfRelease && /\b(?:citizens|nationals) of\b/.test(lower)) return false;
  // a general amnesty is not a pardon of political prisoners; "30 protesters were amnestied" by a pardon decree is
  if (/\bamnest/.test(lower) && !/\bpolitical\b|\bpardon|\bprotest/.test(lower)) return true;
  // countries those freed were sent to ("transferred to Ukraine", "driven to the border with Ukraine") do not make a
  // sentence another country's news
  // nor does the speaker of a closing attribution (", Lithuania's president said")
  // nor a pardon's partner ("pardoned under a deal with the United States", "at Washington's request"; not "by")
  const places = lower.replace(/\b(?:to|for|into|or|and|border with)\s+(?:lithuania|ukraine|poland|latvia|germany)\b/g, '').replace(TRAILING_ATTRIBUTION, '');
  // (another country's capital named beside the deal, "freed in a deal with the US in Caracas", is that country's news)
  if (pardon && PARDON_PARTNER.test(places) && !cue.OTHER_COUNTRIES.test(places.replace(PARDON_PARTNER, ' ')) && !OTHER_CAPITALS.test(lower)) return false;
  return cue.OTHER_COUNTRIES.test(places) && !/belarus|lukash|minsk/.test(lower);
}

function readToken(s: SentenceContext, index: number, pageText: string): RawClaim | null {
  const token = s.tokens[index];
  if (token.start < s.prefix) return null;
  const next = s.tokens[index + 1];
  const previousToken = s.tokens[index - 1];
  const before = s.lower.slice(Math.max(0, token.start - 90), token.start);
  const after = s.lower.slice(token.end, Math.min(s.lower.length, token.end + 100));
  // a category threshold ("over 50") stays with the figure before it
  const clipAt = next && !(isAgeThreshold(s.lower.slice(token.end, next.start), s.lower.slice(next.end, next.end + 30)) && next.start - token.end < 45) ? next.start : s.tokens[index + 2]?.start ?? s.lower.length;
  const afterClipped = s.lower.slice(token.end, clipAt).slice(0, 80);
  const found = token.vague ? { text: token.text.toLowerCase(), cls: 'lower' as const, vague: true } : hedgeBefore(s.text.slice(0, token.start));
  // "довело число освобождённых до 178", "вырасла да 207": "до" after a verb of change is "to", not "up to"
  const hedgeBeforeToken = found && (found.text === 'до' || found.text === 'да') && CHANGED_TO_BEFORE_CY.test(s.lower.slice(Math.max(0, token.start - 80), token.start)) ? null : found;
  const beforeBare = hedgeBeforeToken ? stripHedge(before, hedgeBeforeToken) : before;
  // "two dozen", "паўтара дзясятка" with no hedge before them are hedged by their own words
  // ("about a dozen", "почти два десятка": the hedge before, as loose as the word)
  const hedge = token.approx ? { ...(hedgeBeforeToken ?? { text: token.text.toLowerCase(), cls: 'approx' as const }), roundWord: true } : hedgeBeforeToken;
  // (a label may name a year, "Pardoned since July 2024: 207", or an age, "Over 50: 9", never another figure)
  // (labelled() reads only a figure in its line's first 90 characters: the label's test is spared past them)
  const ageLabel = token.start <= 90 && previousToken !== undefined && !previousToken.yearLike && previousToken.value <= 80 && cy.hasWordsCy(AGE_IN_LABEL, s.lower.slice(0, token.start));
  // ("178: people pardoned this year", "Approximately 1,300: political prisoners still held": a key-numbers panel's line,
  // its figure first and what it counts after the colon)
  const figureFirst = previousToken === undefined && /^\s*$/.test(beforeBare) && FIGURE_THEN_LABEL.test(after) ? figureLabel(after, afterClipped) : null;
  // (a figure before it, past the years, makes the text no label: "… 38 чалавек, а з ліпеня 2024 года — 265")
  const figureBefore = previousToken !== undefined && (!previousToken.yearLike || s.tokens.some((t, i) => i < index && !t.yearLike));
  const around = figureFirst ?? (figureBefore && !ageLabel ? null : labelled(token, beforeBare, after)) ?? { before, beforeBare, after, afterClipped, previousToken };
  // ("From 18 to 611: twenty months of pardons", "Ад 18 да 250": the first of a range the text spans, not a count of its own)
  // ("to", "да" or "до" and a space take three characters at least: most figures stand closer)
  if (next !== undefined && next.start - token.end >= 3 && RANGE_TO_NEXT.test(s.lower.slice(token.end, next.start)) && RANGE_FROM_BEFORE.test(s.lower.slice(Math.max(0, token.start - 6), token.start))) return null;
  // ("one of the six parents", "адна з шасці памілаваных", "одна из шести": a person of a group, not a count)
  if (token.value === 1 && next !== undefined && ONE_OF_BEFORE_NEXT.test(s.lower.slice(token.end, next.start))) return null;
  if (isDifference(s, token)) return null;
  const read = s.cyrillic ? classifyCyrillic(s, token, around) : classify(s, token, around);
  if (!read) return null;
  // ("The second group was unusually young": a group the text recounted, named by its place, with no release nor count
  // in the sentence: no claim about the count)
  if (read.kind === 'round_ordinal' && !s.cyrillic && !s.pardon && GROUP_BY_PLACE_START.test(s.lower) && s.tokens.every((t) => t === token || t.yearLike)) return null;
  // an ordinal names the event its sentence is about: that sentence's month, wherever it stands
  // the first of a count stands at its start ("since the first round, on July 3")
  // (not a month of the recap after a colon: "четвёртая группа с июля: …, в августе — 30")
  // (nor past a semicolon: "Гэта першае памілаванне ў 2026 годзе; апошні ўказ, ад 30 снежня, …" is another clause's date)
  const sentenceCue = s.monthCues.find((c) => (!c.start || token.value === 1) && !(c.at > token.end && /[:;]/.test(s.lower.slice(token.end, c.at))) && !(c.at >= 0 && c.at < token.start && s.lower.slice(c.at, token.start).includes(';')))?.cue ?? null;
  const nearest = nearestMonthCue(s.monthCues, token, s.lower, s.tokens, s.cyrillic ? cy.PARDON_CY : cue.PARDON) ?? (read.kind === 'round_ordinal' ? sentenceCue : null);
  // a total that names its own span ("has pardoned 365 people this year") is not dated by another clause's month
  // ("who claimed a seventh term in January, …")
  // (a table's row, "Month: July; …; Total since July: 18", keeps its month)
  const mention = read.kind === 'running_total' ? s.monthCues.find((m) => m.cue === nearest) : undefined;
  const clause = mention ? clauseText(s.lower, token) : '';
  // ("Its review, released on 23 December, counted 569 pardoned since July 2024": the day a count was published dates it)
  const otherClause = mention !== undefined && !/^(?:month|месяц)\s*:/u.test(s.lower.slice(mention.at, mention.at + 8)) && !clause.includes(s.lower.slice(mention.at, mention.end))
    && !REPORT_BEFORE_ITS_DAY.test(s.lower.slice(Math.max(0, mention.at - 40), mention.at));
  // "pardoned 31 and then 32": the second of a pair shares the verb, not the time (the sentence dates the first)
  // (a date's day is no first figure: "123 on Dec. 13 and 25 more on Dec. 30")
  const pairSecond = read.kind === 'round_size' && previousToken !== undefined && token.start - previousToken.end <= 30 && !previousToken.yearLike
    && !isDateDay(s, previousToken)
    && (s.cyrillic ? JOINED_TO_PREVIOUS_CY : JOINED_TO_PREVIOUS).test(s.lower.slice(previousToken.end, token.start));
  // ("since July, when a first group of 18 walked out", "с июля, когда вышла первая группа": an ordinal in a clause
  // that tells of the time just named is that time's)
  const when = read.kind === 'round_ordinal' || read.kind === 'round_size' ? monthBeforeWhen(s, token) : null;
  // ("as of December 23, 342 were pardoned in 2025": the day a count was taken dates no release)
  const asOfOnly = nearest !== null && (read.kind === 'round_size' || COMPOSITION_KINDS.includes(read.kind)) && s.monthCues.some((m) => m.cue === nearest && m.asOf);
  const ownCue = (otherClause && OWN_SPAN.test(clause)) || pairSecond || asOfOnly || (when !== null && 'start' in when) ? null : nearest ?? (when && 'cue' in when ? when.cue : null);
  // ("Early September 2024 — 30. Total: 78.": a row's total is dated by the row's label, the sentence before it)
  const monthCue = ownCue ?? (read.rule.endsWith('-row-total') ? lastCueOf(s.previous, s.cyrillic) : null);
  // "250 вызваленых — і пятнаццаць бяз пашпартоў", "pardoned 250 people and 15 were put on a bus": a smaller figure
  // joined to the release's whole, with no time of its own nor "another", counts a part of it
  const afterWhole = read.kind === 'round_size' && !pairSecond && previousToken !== undefined && previousToken.value > token.value && token.start - previousToken.end <= 48
    && AFTER_A_WHOLE.test(s.lower.slice(previousToken.end, token.start)) && !s.monthCues.some((c) => c.at > previousToken.end && c.at < token.end + 40);
  // where the hedge's words begin: the phrase itself, not its first word found anywhere ("не" inside "менее")
  const hedgeStart = hedgeBeforeToken ? hedgeStartBefore(s.lower, token.start, hedgeBeforeToken.text) : token.start;
  const start = s.range.start + (hedgeBeforeToken && hedgeStart >= s.prefix ? hedgeStart : token.start) - s.prefix;
  const end = s.range.start + token.end - s.prefix;
  // "On 18 January he pardoned 23. It was the first such decree of 2025.": an ordinal that points back at a release the
  // sentence before dated is that release's place, not the page's
  const pointsBack = read.kind === 'round_ordinal' && monthCue === null && POINTS_BACK.test(s.lower) && s.previous !== '' && (s.cyrillic ? monthCuesInCyrillic(s.previous) : monthCuesIn(s.previous)).some((c) => !c.start);
  // (a table's row that names no month, "The seventh round — 29 — 11 women", tells of another round than the page's)
  // ("fewer than the 22 freed at New Year", "compared with the 250 freed a year ago": a release named as a yardstick)
  // ("down from 1,265 a year earlier", "снизилось с 1265 до 1131", "1131 против 1265": the count it changed from)
  const yardstick = cy.hasWordsCy(COMPARED_WITH_BEFORE, s.lower.slice(Math.max(0, token.start - 30), token.start)) || cy.hasWordsCy(CHANGED_FROM_BEFORE, s.lower.slice(Math.max(0, token.start - 40), token.start));
  // ("з часу рашэньняў канца лістапада — калі памілавалі двух сьвятароў — …": the when-clause of a count's start)
  const startsCount = s.cyrillic && read.kind === 'round_size' && startedCount(s.lower, token);
  const otherTime = s.otherTime || pairSecond || pointsBack || yardstick || startsCount || (s.tableRow && monthCue === null) || (when !== null && 'start' in when);
  // ("freed 123 on Dec. 13 and 25 more on Dec. 30": the second of a pair, not "Tsikhanouski and 13 more")
  const secondOfPair = !s.cyrillic && read.kind === 'round_size' && ELIDED_PAIR_BEFORE.test(beforeBare) && /^\s*more\b(?!\s+than)/.test(after)
    && s.tokens.some((t) => t.end <= token.start && !t.yearLike && !isDateDay(s, t));
  const frameInput = { secondOfPair, kind: read.kind, lower: s.lower, start: token.start, end: token.end, previous: s.previous, position: 'body' as const, monthCue: monthCue !== null, otherTime, listUnderRelease: s.listUnderRelease || read.listItem === true, releaseBefore: s.releaseBefore, namedGroup: read.namedGroup, afterWhole, namedByPlace: read.rule.endsWith('-round-by-its-place'), figures: (s.figureCount ??= s.tokens.filter((t) => !t.yearLike).length) };
  const frame = once(() => (s.asked ? { ...frameOf(frameInput), asked: true } : frameOf(frameInput)));
  return {
    value: token.value,
    hedge,
    start,
    end,
    span: pageText.slice(start, end),
    sentence: s.range,
    position: 'body', // the block's place on the page is set by extractClaims
    monthCue,
    otherTime,
    ...(yardstick ? { yardstick, ...(YEAR_EARLIER_AFTER.test(s.lower.slice(token.end, token.end + 40)) ? { yearEarlier: true } : {}) } : {}),
    ...(monthCue === null ? weekdayOf(s, token.start) : {}),
    inQuote: insideQuotation(s.text, token.start),
    ...read,
    ...(read.scope === 'other' ? sinceMonthOf(s.lower) : {}),
    ...(COMPOSITION_KINDS.includes(read.kind) && next !== undefined && PART_OF_NEXT.test(s.lower.slice(token.end, next.start)) ? { wholeOf: next.value } : {}),
    frame,
  };
}

const GROUP_BY_PLACE_START = /^\s*the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:group|batch|list)\b/;
/** between a part and its whole: "12 of the 18", "twelve out of those 18", "12 из 18", "12 з 18" */
const PART_OF_NEXT = /^\s*(?:(?:of|out of)\s+(?:the|those)|из|з)\s+$/u;

/**
 * A question that asks whether something is so ("Did he pardon 40?", "Lukashenka to free 50 more?", "Это первое
 * помилование?") states nothing; one that asks why, what or how presupposes what it names ("Why did he pardon 40?").
 */
const QUESTION_END = /\?\s*["'”»)]*\s*$/;
const WH_WORD_START = /^\s*["'“«(]*\s*(?:why|how|what|who|whom|whose|when|where|which|почему|зачем|как|сколько|кто|что|когда|где|как\p{L}*|чаму|навошта|як|колькі|хто|што|калі|дзе|як\p{L}*)(?![\p{L}])/iu;
function asksWhether(sentence: string): boolean {
  return QUESTION_END.test(sentence) && !WH_WORD_START.test(sentence);
}

/** a row's total after its size, as a sentence of its own: "Total: 78.", "Running total: 18.", "Усяго: 78.", "Итого — 78." */
const ROW_TOTAL_LABEL = /^\s*(?:(?:running|cumulative)\s+)?(?:total|tally|всего|итого|усяго|разам|агулам)(?:\s+(?:so far|to date|pardoned|since july(?: 2024)?|с июля(?: 2024)?|з ліпеня(?: 2024)?))?\s*(?::|\s[—–-])\s*$/u;
function isRowTotal(s: SentenceContext, token: NumberToken): boolean {
  return s.tableRow && s.pardonNearby && s.previous !== '' && ROW_TOTAL_LABEL.test(s.lower.slice(0, token.start)) && NOTHING_AFTER.test(s.lower.slice(token.end, token.end + 60));
}
/** the last month cue of a sentence, not a count's start */
function lastCueOf(sentence: string, cyrillic: boolean): MonthCue | null {
  return (cyrillic ? monthCuesInCyrillic(sentence) : monthCuesIn(sentence)).filter((c) => !c.start).pop()?.cue ?? null;
}

/** the first figure of a table's row, right after its label: the size of the round the row names */
function isRowSize(s: SentenceContext, token: NumberToken, a: Around): boolean {
  if (!(s.tableRow && s.pardonNearby && token.value >= 2 && token.value <= 400 && token.start <= 90)) return false;
  // (the row as written: a row whose figure ends it reads as a label line, "Early September 2024 — 30.", and `a` holds the label's words)
  return (ROW_FIGURE_BEFORE.test(a.beforeBare) && ROW_FIGURE_AFTER.test(a.after)) || (ROW_FIGURE_BEFORE.test(s.lower.slice(0, token.start)) && ROW_FIGURE_AFTER.test(s.lower.slice(token.end, token.end + 8)));
}

/** "How many were freed?", "Сколько человек освободили?", "А колькі з ліпеня?": a question whose answer is a count */
const HOW_MANY = /(?:^|[.!?]\s+)(?:and\s+|а\s+|і\s+)?(?:how many|сколько|колькі)\s+([^?]{2,120}?)\s*\?\s*$/u;

/** an answer that opens on its figure: "123.", "About 570, since …", "Около 570", "32: 24 мужчыны …" */
const ANSWER_START = /^\s*(?:[^\d,.;:?!«»"]{3,40},\s*)?(?:(?:about|around|some|nearly|almost|over|more than|at least|около|почти|более|свыше|не менее|каля|амаль|больш за|звыш|не менш за)\s+)?\d[\d\s,.\u00A0]*(?:[.,:;—–]|\s*$)/iu;

/** a fact box's line: a label, then a colon or a dash, then the figure */
const LABEL_LINE = /^\s*[\p{L}"'«»“”](?:[^.;!?:—–\d]|(?:19|20)\d\d){2,70}(?::|\s[—–-])\s*[^:—–;]{1,30}$/u;
/** a fact box's line whose label names an age: "Over 50: 9", "Старэйшыя за 50 гадоў: 3", "Старше 50 лет — 9" */
const AGE_LABEL_LINE = /^\s*[\p{L}](?:[^.;!?:—–\d]){2,40}\d{2}\+?(?:\s+(?:years|лет|гадоў|год)\p{L}*)?\s*(?::|\s[—–-])\s*\d[^:—–;]{0,30}$/u;
/** "Women: 11.", "Помилованы с июля 2024 года — 207": a fact box's label, its figure last, its source in brackets at most */
const LABEL_BEFORE = /^\s*([\p{L}"'«»“”](?:[^.;!?:—–\d]|(?:19|20)\d\d|\d{2}\+?(?!\d)){2,70}?)\s*(?::|\s[—–-])\s*$/u;
/** an age a label names ("Over 50: 9", "Старэйшыя за 50 гадоў: 3", "Старше 50 лет — 9") */
const AGE_IN_LABEL = /(?:\b(?:over|under|above|below|older|younger|aged?)\b|\d\+|(?:^|[^\p{L}])(?:старше|старш|моложе|младше|старэйш|маладзейш|ст\.)|(?:лет|год|гадоў|гадов)(?![\p{L}]))/u;
const NOTHING_AFTER = /^\s*(?:,\s*(?:according to|per|says|said|by)\s+[^,.;:]{1,40})?[.;]?\s*(?:\([^()]{0,60}\)\s*[.;]?\s*)?$/u;

/**
 * A label-and-figure line read as its figure followed by its label ("Women: 11" as "11 women"), the order the readers
 * know; every rule then applies to it as to a sentence. Only where the label is the whole text before the figure and
 * nothing but a source follows it.
 */
/** an English month's name, in the patterns below */
const MONTH_NAME = `(?:${cue.MONTHS.join('|')})`;
const MONTH_PART_LABEL = new RegExp(String.raw`^\s*(?:early|mid|late)[-\s]+${MONTH_NAME}\s*$`);
/** a figure that opens its line and a colon after it, then words (not a time "11:05", a list "32: 24 men …" or "Forty-two: that is how many …") */
const FIGURE_THEN_LABEL = /^\+?(?::|\s+[—–])\s+(?=\p{L})(?!(?:[\p{L}-]+\s+){0,2}(?!(?:19|20)\d\d(?!\d))\d)(?!(?:that|this|it|those|these|such|столько|стольки|столькі|это|гэта|вось|вот)(?![\p{L}]))/u;
function figureLabel(after: string, afterClipped: string): Around {
  const words = after.replace(FIGURE_THEN_LABEL, ' ');
  return { before: '', beforeBare: '', after: words, afterClipped: afterClipped.replace(FIGURE_THEN_LABEL, ' ') };
}

function labelled(token: NumberToken, beforeBare: string, after: string): Around | null {
  // (`beforeBare` holds the whole text before the figure only when the figure stands within its first 90 characters)
  if (token.start > 90 || !NOTHING_AFTER.test(after)) return null;
  const label = LABEL_BEFORE.exec(beforeBare);
  // ("Mid-September — 37.": a part of a month labels a timeline's row, which the row's own reading takes)
  if (!label || MONTH_PART_LABEL.test(label[1])) return null;
  const words = ` ${label[1]}`;
  return { before: '', beforeBare: '', after: words, afterClipped: words.slice(0, 80) };
}

/** a sentence that opens by pointing back at the one before: "It was", "This is", "Это было", "Гэта быў" */
const POINTS_BACK = /^\s*(?:it|this|that) (?:was|is|had been|became|marked)\b|^\s*(?:это|гэта) (?:был[аио]?|стал[аио]?|быў|стаў)(?![\p{L}])/u;

/** A headline's or a lede's figure is the day's news: its time is linked to the page's round, not defaulted. */
function asNews(frame: Frame, position: RawClaim['position']): Frame {
  return frame.time.rule === 'page-round' ? { ...frame, time: { value: 'round', certainty: 'linked', rule: `${position}-news` } } : frame;
}

/** Each hedge's pattern "its words, then only spaces up to the figure", compiled once. */
const HEDGE_AT_END = new Map<string, RegExp>();

/**
 * Where a hedge's words begin before the figure at `at`, or -1. hedgeBefore found them within the last 24 characters,
 * so only a short tail is searched: a search of the whole sentence for each figure would grow with its square.
 */
function hedgeStartBefore(lower: string, at: number, hedge: string): number {
  let pattern = HEDGE_AT_END.get(hedge);
  if (!pattern) HEDGE_AT_END.set(hedge, (pattern = new RegExp(`${hedge.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s*$`, 'u')));
  const from = Math.max(0, at - 48);
  const found = lower.slice(from, at).search(pattern);
  return found < 0 ? -1 : from + found;
}

/**
 * Whose figure this is: a person the KB knows, named shortly before it, with no other full name in between
 * ("Kalesnikava, who is serving an 11-year sentence"). Anyone else, or no one: undefined, so no explanation
 * names a person the sentence does not tie to the figure.
 */
function personBefore(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - 110), at);
  let found: { entity: string; end: number } | undefined;
  for (const match of window.matchAll(/\b[A-ZŁŚŻ][\p{L}'’]{4,}/gu)) {
    const entity = entitiesIn(match[0])[0];
    if (entity && (entity.role === 'prisoner' || entity.role === 'opposition')) found = { entity: entity.canonical, end: match.index + match[0].length };
  }
  if (!found) return undefined;
  // another person's full name between the one we know and the figure: the figure is theirs
  const between = window.slice(found.end);
  const otherPerson = [...between.matchAll(/\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b/g)].some(([, first, last]) => !NOT_A_NAME.test(first) && !NOT_A_NAME.test(last));
  return otherPerson ? undefined : found.entity;
}

/** "He was … sentenced to 10 years": the person the sentence before named, when this one opens with a pronoun. */
function personOfPronoun(s: SentenceContext): string | undefined {
  if (!/^\s*(?:he|she)\b/.test(s.lower)) return undefined;
  return personBefore(s.block.slice(Math.max(0, s.range.start - 200), s.range.start), Math.min(200, s.range.start));
}

/** Capitalised words that make organisations, nationalities and titles, not people's names. */
const NOT_A_NAME = /^(?:Belarusian|Belarus|Russian|Ukrainian|European|American|Popular|Front|Party|Nobel|Peace|Prize|Human|Rights|Center|Centre|Union|Council|Ministry|Court|Service|Committee|Supreme|National|Democratic|United|States|Press|Interior|Telegram|Radio|Free|Europe|Liberty|The|President|Minister|Leader|Opposition|Independence|Day)$/;

/**
 * A figure in a Russian or Belarusian sentence: the same kinds as classify(), read from the cues of
 * cyrillic.ts. Dates, durations, ages and terms are not counts of people.
 */

/**
 * A category named before the figure, and the rule that named it: right before it ("жанчыны (11 чалавек)"), before a
 * whole it is taken from ("женщин из 18 — пять"), "у N есть дети", or tied by a copula ("гражданами Беларуси являются 38").
 */
function categoryBeforeFigureCy(a: Around, wordNext: boolean): [ClaimKind, string] | null {
  const before = cy.categoryBeforeCy(a.before);
  if (before) return [before, 'cy-category-before'];
  // ("… 17 из 52", "… 17 из помилованных": the whole named after the part, by its figure or its word)
  const named = wordNext && /^\s*(?:из|з)\s+(?:\d|помилованн|памілаван|освобожд|вызвален)/u.test(a.after) && CATEGORY_NAMED_BEFORE_CY.find(([, pattern]) => pattern.test(a.beforeBare))?.[0];
  if (named) return [named, 'cy-category-before-whole'];
  if (wordNext && CHILDREN_OF_THEM_CY.test(a.after) && U_BEFORE_FIGURE_CY.test(a.beforeBare)) return ['round_with_children', 'cy-children-of-them'];
  // "хронические заболевания есть у 12 помилованных": what some of those freed have, named before them
  if (partHavingCy(a)) {
    const clause = a.beforeBare.slice(Math.max(a.beforeBare.lastIndexOf('.'), a.beforeBare.lastIndexOf(';'), a.beforeBare.lastIndexOf(':')) + 1);
    const kind = cy.categoryAfterCy(clause.trimStart());
    if (kind) return [kind, 'cy-category-they-have'];
  }
  const copula = cy.categoryBeforeCopulaCy(a.beforeBare);
  return copula ? [copula, 'cy-category-copula'] : null;
}

/** the ordinal's own phrase: up to a comma or a conjunction ("четвёртая группа с июля и третий указ": groups, not decrees) */
const ownPhrase = (after: string): string => after.split(/[,;]|\s(?:и|і|а)\s/u)[0];
/** the ordinal's span: up to the next conjunction, past a relative clause's comma ("пятый указ, который он подписал в этом
 * году"; "девятый указ с июля 2024 года и первый в этом году": the ninth's span is since July) */
const upToConjunction = (after: string): string => after.split(/;|\s(?:и|і|а)\s/u)[0];

/** An ordinal beside the next or the one before it in the same sentence ("the first … the second …"): an enumeration. */
function enumerates(s: SentenceContext, token: NumberToken): boolean {
  return token.value <= 2 && s.tokens.some((t) => t !== token && t.ordinal && t.value <= 2 && t.value !== token.value);
}

/** the stems of "группа", "волна", "раунд", "этап", "партия" (and the Belarusian): one of them in any match of the pattern after a figure that names the round */
const GROUP_STEM_CY = /груп|волн|хвал|раунд|этап|парти/;
/** the release governs the figure after it (classifyCyrillic; a module function, not a closure made for each figure) */
function releaseAfterCy(a: Around): boolean {
  // (each test of the words after the figure needs a word there, opensOnDigit, and one of the release's stems,
  // RELEASE_AFTER_HINT_CY)
  const releaseWords = !opensOnDigit(a.after) && RELEASE_AFTER_HINT_CY.test(a.after);
  return releaseWords && /^\s*(?:[\p{L}«»"-]+\s+){0,3}(?:помилован|освобожден|освобождён|вышли на свободу|выйшлі на свабоду|памілаван|вызвален|(?:выйдут|выйдуць|вышли|выйшлі|выходят|выходзяць)\s+на\s+(?:свободу|волю|свабоду)|на (?:свободе|волі|свабодзе)(?![\p{L}])|(?:посадил|пасадзіл)\p{L}* (?:в|у|ў) а[вў]тобус|вывез(?:ли|ены|лі|еныя)(?![\p{L}])|(?:передан|перададзен)\p{L}* (?:украине|украінe|украіне|ўкраіне|киеву|кіеву))/u.test(a.after)
    || (a.beforeBare.includes('каз') || a.beforeBare.includes('мілав') || a.beforeBare.includes('милов')) && cy.DECREE_CONCERNS_BEFORE_CY.test(a.beforeBare.slice(-70))
    // "ещё 25 помиловали", "25 чалавек вызвалілі": the people fronted, the verb after them
    || (releaseWords && RELEASED_THEM_AFTER_CY.test(a.after))
    // "52 человека, помилованные после переговоров, …": the participle set off, agreeing with them (not "политзаключённых,
    // помилованных …", another group)
    || (releaseWords && /^\s*[\p{L}-]+\s*,\s*(?:помилованные|освобожд[её]нные|памілаваныя|вызваленыя)(?![\p{L}])/u.test(a.after));
}

/**
 * A stem each of releaseAfterCy's tests of the words after the figure needs somewhere in them (the release's participles,
 * verbs and phrases: "помилован", "вызвалілі", "выйшлі на волю", "на свабодзе", "вывезены", "перададзены"): a cheap scan
 * for plain words before the anchored patterns, which try up to three words before each of theirs.
 */
const RELEASE_AFTER_HINT_CY = /помилова|памілава|освобо|вызвал|выйшл|вышли|выйдут|выйдуць|выходят|выходзяць|на свобод|на волі|на свабод|посадил|пасадзіл|вывез|передан|перададзен|отпустил|адпусціл/;
const RELEASED_THEM_AFTER_CY = /^\s*(?:[\p{L}-]+\s+)?(?:помиловал|памілавал|освободил|вызвалил|вызваліл|отпустил|адпусціл)(?:и|і)(?![\p{L}])/u;

function classifyCyrillic(s: SentenceContext, token: NumberToken, a: Around): Reading | null {
  if (token.ordinal) {
    // "вторая волна помилований в ноябре" counts within the month, which the KB does not; "пятый указ в этом году"
    // within the year, which it does
    // ("Гэта не першае памілаванне": a negation names no place in the count)
    if (/(?:^|[^\p{L}])(?:не|ни)\s+$/u.test(a.beforeBare)) return null;
    // ("два указа: по первому освободили 23, по второму — 15": the first and second of the set just named)
    if (enumerates(s, token)) return null;
    // ("четвёртая группа с июля и вторая за сентябрь": the span of the ordinal's own phrase, not the next one's)
    if (cy.ROUND_NOUN_AFTER_CY.test(a.after) && s.pardonNearby && !cy.WITHIN_MONTH_OR_WEEK_CY.test(upToConjunction(a.after.slice(0, 90)))) {
      return { rule: 'cy-ordinal-round-noun', kind: 'round_ordinal', countsDecrees: cy.OTHER_COUNT_CY.test(ownPhrase(a.after.slice(0, 90))), countsInYear: cy.WITHIN_YEAR_CY.test(upToConjunction(a.after.slice(0, 90))) };
    }
    // "третье помилование в этом году и одиннадцатое с июля": the second ordinal of a pair, its noun said once
    const previous = a.previousToken;
    if (previous?.ordinal && s.pardonNearby && token.start - previous.end < 60 && cy.ROUND_NOUN_AFTER_CY.test(s.lower.slice(previous.end, token.start))
      && ORDINAL_PAIR_JOINT_CY.test(s.lower.slice(previous.end, token.start)) && cy.SINCE_START_AFTER_CY.test(a.after)) return { rule: 'cy-ordinal-pair', kind: 'round_ordinal', countsDecrees: false };
    if (/^\s*(?:президентск\p{L}*\s+|прэзідэнцк\p{L}*\s+)?(?:срок|тэрмін)/u.test(a.after)) {
      // the verb right before the ordinal first ("ідзе на сёмы тэрмін; у 2020 годзе … у шосты раз")
      const term = /(?:ид[её]т|ідзе|претендует|прэтэндуе|баллотируется|балатуецца)\s+на\s+$/u.test(a.before) ? 'sought'
        : /(?:выиграл|выйграў|получил|атрымаў|переизбр|пераабр)/u.test(s.lower) ? 'won' : /(?:баллот|балат|добива|дамага)/u.test(s.lower) ? 'sought' : undefined;
      return { rule: 'cy-term-number', kind: 'term_number', term, termYear: yearIn(s.lower) };
    }
    // "политзаключённых освободили в шестой раз", "шосты раз": the round's place ("в первый раз" never is one)
    if (/^\s*раз(?![\p{L}])/u.test(a.after) && token.value >= 2 && s.pardon && !OTHER_EVENT_IN_CLAUSE.test(clauseText(s.lower, token)) && !/^\s*раз\s+(?:за|в этом|в этот|у гэтым|в течение|на працягу)(?![\p{L}])/u.test(a.after)) return { rule: 'cy-ordinal-time', kind: 'round_ordinal' };
    return null;
  }
  if (/\d[:.]$/.test(a.before) || /^[:.]\d/.test(a.after)) return null;
  // (in a run of figures, "1 2 3, 4,5 …", a digit comes right after the figure's spaces: the tests asked only where
  // `wordNext` need a word, a sign or a dash there, and none of them could match; textScan.ts, opensOnDigit)
  const wordNext = !opensOnDigit(a.after);
  // (and the tests asked only where `wordBefore` need the words before the figure to end in a Cyrillic word, with only
  // spaces after it: where a digit or a comma ends them, as in such a run, they could not match)
  const wordBefore = endsOnCyrillic(a.beforeBare);
  // a share ("48 %"), a multiple ("у 10 разоў"), the low end of an age range ("ад 19 да 67 гадоў"): not people;
  // nor a count of releases ("в ходе трёх помилований", "падчас васьмі памілаванняў")
  if (wordNext && /^\s*(?:помиловани|памілаванн|освобождени|вызваленн|раунд|волн|хвал|сдел|здзел|обмен|абмен|этап)/u.test(a.after)) return null;
  if (wordNext && (/^\s*(?:%|процент|працэнт|раз(?:а|оў|ы)?(?![\p{L}]))/u.test(a.after) || /^\s*(?:до|да)\s+\d+\s*(?:лет|год|гадоў|гады)/u.test(a.after))) return null;
  if (isRowTotal(s, token)) return { rule: 'cy-row-total', kind: 'running_total', scope: 'unspecified' };
  if (isRowSize(s, token, a)) return { rule: 'cy-row-size', kind: 'round_size' };
  // a span of time ("через пять дней", "праз тры тыдні"): not people
  if (wordNext && cy.DURATION_AFTER_CY.test(a.after)) return null;
  // "старэйшыя за пяцьдзясят", "младше 25": an age threshold names a category, it counts no one
  // (a comparative ends in -ше, or is followed by за, до or да: the cheap test first, spared for most figures)
  if (wordBefore && /(?:ше|за|до|да)\s+$/u.test(a.beforeBare.slice(-6)) && cy.AGE_THRESHOLD_BEFORE_CY.test(a.beforeBare.slice(-30))) return null;
  if (token.yearLike) return /(?:у власти|при власти|ва ўладзе|кіруе|кіруючы|правит|правящ|руководит)/u.test(s.lower) && /(?:с|з)\s+$/u.test(a.before) ? { rule: 'cy-in-power-since', kind: 'in_power_since' } : null;
  // "Лукашэнка, які кіруе больш за 30 гадоў", "правит страной более 30 лет", "ва ўладзе 31 год": his years in power
  if (token.value >= 20 && token.value <= 40 && IN_POWER_BEFORE_CY.test(a.beforeBare.slice(-50)) && /^\s*(?:лет|год|года|гадоў|гады)(?![\p{L}])/u.test(a.after)) return { rule: 'cy-years-in-power', kind: 'years_in_power' };
  if (wordNext && cy.DATE_AFTER_CY.test(a.after)) {
    // "выборы состоятся 26 января", "выбары прызначаныя на 26 студзеня": the election's day, named near it
    // (in the date's own clause: "выборы прошли 26 января, а 28 января он помиловал 23" dates the pardon by the 28th)
    // ("досрочное голосование начнётся 21 января": early voting's first day, not the election's)
    // ("у дзень выбараў, 26 студзеня": the date in apposition right after the election's word)
    // ("напярэдадні выбараў, 24 студзеня": the eve's day, told from the vote; the vote named so is no date's)
    const votes = s.lower.replace(ELECTION_AS_REFERENCE_CY, ' ');
    if (token.value >= 1 && token.value <= 31 && ELECTION_CY.test(votes) && !anotherCountrysVote(s.lower.slice(0, token.start), OTHER_VOTE_PLACE_CY) && (ELECTION_CY.test(clauseOf(votes, token)) || ELECTION_RIGHT_BEFORE_CY.test(votes.slice(0, token.start).slice(-40))) && !DAYS_BEFORE_ELECTION_CY.test(s.lower) && !/досрочн|датэрмінов/u.test(clauseOf(s.lower, token))) {
      const month = cy.monthOfWord(/\p{L}+/u.exec(a.after)![0]);
      // ("на мінулых выбарах, 9 жніўня": a day of an earlier election, not one to check)
      if (month && EARLIER_ELECTION_CY.test(s.lower.slice(Math.max(0, token.start - 40), token.end + 30))) return null;
      if (month) return { rule: 'cy-election-day', kind: 'election_day', month };
    }
    return null;
  }
  // (each of these needs "лет", "год", "гад" or a sentencing word, which most sentences do not have)
  if (s.yearsWordsCy) {
    if ((((cy.SENTENCE_HINT_CY.test(a.after) || cy.SENTENCE_HINT_CY.test(a.beforeBare)) && (cy.SENTENCE_CY.test(a.after) || cy.SENTENCE_CY.test(a.beforeBare))) || (cy.YEARS_AFTER_CY.test(a.after) && cy.GOT_TERM_CY.test(a.beforeBare))) && !cy.YEARS_AGO_AFTER_CY.test(a.after)) {
      // (whose term: one of the people the KB holds, named before it; another conviction's, "в 2011 году", is no one's)
      const anotherConviction = /(?:19|20)\d\d|ранее|раней|первый|першы|предыдущ|папярэдн/u.test(clauseOf(s.lower, token));
      // (not past another figure: "Колесникова, которой дали 11 лет, Бабарико, осуждённый на 14 лет" names two people)
      const subject = anotherConviction ? undefined : cy.personBeforeCy(s.lower.slice(Math.max(0, token.start - 110, a.previousToken?.end ?? 0), token.start));
      return subject ? { rule: 'cy-sentence-years', kind: 'sentence_years', subject } : { rule: 'cy-sentence-years', kind: 'sentence_years' };
    }
    if (cy.IN_POWER_CY.test(a.after)) return { rule: 'cy-years-in-power', kind: 'years_in_power' };
    if (cy.YEARS_AFTER_CY.test(a.after)) return null;
  }

  // (its clause is cut out only where the sentence has the verb at all)
  // ("яшчэ 7 беларусаў атрымалі статус палітвязня": the list grew, whatever group the figure names)
  // (in a sentence that also speaks of a pardon, the figure's own clause must not: "Нягледзячы на памілаванне, спіс
  // палітвязняў папоўнілі 14 чалавек")
  const recognition = s.mayRecognise() && ((/призна|прызна/.test(s.lower) && cy.isRecognitionCy(clauseOf(s.lower, token))) || (LIST_GREW_HINT_CY.test(s.lower) && listGrewIn(clauseOf(s.lower, token)))) && (!s.pardon || !cy.hasWordsCy(cy.PARDON_CY, clauseOf(s.lower, token)));
  // "80-годдзя вызвалення", "80-летия Победы": an anniversary, not a count
  if (wordNext && /^\s*-?\s*(?:годдз|годдзе|лети[еяю]|летн?ем)/u.test(a.after.slice(0, 12))) return null;
  // "две группы", "дзьве хвалі": a count of groups or rounds, not of people
  // (the stems looked for first, as plain text: the anchored pattern, tried with a word before them, cost four times as much)
  if (wordNext && GROUP_STEM_CY.test(a.after.slice(0, 30)) && /^\s*(?:[\p{L}-]+\s+)?(?:групп|груп|волн|хвал|раунд|этап|парти|партыі)/u.test(a.after.slice(0, 30))) return null;
  // ("группа из 15 правозащитных организаций", "30 стран": organisations, countries, not people)
  if (wordNext && NOT_PEOPLE_HINT_CY.test(a.after.slice(0, 40)) && NOT_PEOPLE_AFTER_CY.test(a.after.slice(0, 40))) return null;
  // "тры ўказы": a count of decrees, not of people ("25 памілавалі звычайным указам": by a decree, a count of people)
  if (a.after.includes('каз') && /^\s*(?:[\p{L}-]+\s+){0,2}(?:указ|ўказ)(?:ов|а|ы|аў|ами|амі)?(?![\p{L}])/u.test(a.after)) return s.pardonNearby ? { rule: 'cy-decrees-counted', kind: 'decrees_signed' } : null;
  // "62-летняя", "62-гадовая": an age
  // (the hyphen first: the cheap test, and most figures have none)
  if (wordNext && /^-/.test(a.after) && /^-?\s*(?:летн|гадов|годов|лет(?:н|ие)|гадоў)\p{L}*/u.test(a.after)) return null;
  // ("указы на 23 и 15 человек": the second figure of a pair shares the first one's verb)
  const pardonBefore = cy.hasWordsCy(cy.PARDON_BEFORE_CY, a.beforeBare) || (wordBefore && RELEASE_NOUN_RIGHT_BEFORE_CY.test(a.beforeBare.slice(-24))) || sharesVerbWithPrevious(s, token, a, JOINED_TO_PREVIOUS_CY, cy.PARDON_BEFORE_CY);
  // "из 32 человек девять — женщины": a sentence that opens on its whole; the figure after it is the part
  if (namesWholeNext(a.beforeBare) && WHOLE_THEN_PART_CY.test(a.after)) return s.pardonNearby && token.value <= 400 ? { rule: 'cy-whole-then-part', kind: 'round_size' } : null;
  // "четырнадцать из 23 страдают …": the category after the whole is the part's
  // ("среди 23 помилованных — три женщины": a number word between the figure and the category takes the category)
  // (only women or men can be another number's: "дзве сямейныя пары і 11 жанчын" are couples)
  const afterWhole = cy.categoryAfterCy(wordNext && OF_A_WHOLE_CY.test(a.after) ? a.after.replace(OF_A_WHOLE_CY, ' ') : a.after);
  // the release governs the figure after it ("Яшчэ 23 палітвязні на волі", "18 асуджаных выйдуць на волю", "указ тычыцца
  // 250-ці чалавек"); asked only where a reading needs it, as most figures return before
  let pardonAfterMemo: boolean | undefined;
  // ("все 18 помилованных осуждены за «экстремизм»": what the whole release was convicted of, unless a whole is named
  // before the figure, "из них 15", "из 18 помилованных 15", and the figure is its part; the release must govern it:
  // "15 человек отбывали наказание за экстремизм" said after the release is its part)
  // ("восем памілаваных былі асуджаныя за «экстрэмізм», яшчэ сем — за наркотыкі": parts listed one after another)
  const wholeConvicted = !a.previousToken && !ANOTHER_PART_AFTER_CY.test(a.after.slice(0, 160)) && (afterWhole === 'round_political' || afterWhole === 'round_drug_offences') && (pardonBefore || (pardonAfterMemo ??= releaseAfterCy(a)) || cy.hasWordsCy(cy.PARDON_CY, a.after.split(/[,;.]/u)[0]) || /(?:помиловани|памілаванн|освобождени|вызваленн)\p{L}*\s*:\s*$/u.test(a.beforeBare)) && !PART_MARKER_BEFORE_CY.test(a.beforeBare.slice(-40)) && !OF_THEM_NEAR_CY.test(a.after.slice(0, 12));
  // ("помиловал 16 человек — поровну мужчин и женщин": the whole, split in two halves it does not count)
  const categoryAfter = ((afterWhole === 'round_women' || afterWhole === 'round_men') && (numberWordBeforeCategoryCy(a.after) || EQUAL_SPLIT_AFTER_CY.test(a.after))) || wholeConvicted ? null : afterWhole;
  // ("родственники одной из женщин": one of the group, not a count of it)
  if (categoryAfter && token.value === 1 && ONE_OF_CY.test(a.after)) return null;
  // ("трое граждан Польши, двое — Японии, двое — Латвии": the noun said once, each country after a dash)
  const elidedNationals = !categoryAfter && wordNext && ELIDED_COUNTRY_AFTER_CY.test(a.after) && CITIZENS_BEFORE_CY.test(s.lower.slice(0, token.start)) && cy.countryOfNationalsCy(a.after.replace(ELIDED_COUNTRY_AFTER_CY, '')) !== undefined;
  // ("22 чалавекі, 20 зь іх — палітвязьні", "18 человек, из них 15 — политзаключённые": those of the release whom rights
  // groups count as political prisoners)
  // (the tests anchored after the figure first; then, on a short tail, not the whole after "из": "15 из 18 помилованных — …")
  const politicalOfThem = !categoryAfter && wordNext && (POLITICAL_OF_THEM_AFTER_CY.test(a.after) || (POLITICAL_AFTER_DASH_CY.test(a.after) && OF_THEM_BEFORE_CY.test(a.beforeBare.slice(-16)))) && !/(?:^|[^\p{L}])(?:из|з|са|со)\s+$/u.test(a.beforeBare.slice(-6));
  const [category, categoryRule] = categoryAfter ? [categoryAfter, 'cy-category-after'] : politicalOfThem ? ['round_political' as ClaimKind, 'cy-political-of-them'] : elidedNationals ? ['round_nationals' as ClaimKind, 'cy-nationals-listed'] : categoryBeforeFigureCy(a, wordNext) ?? [null, ''];
  // "помиловал 23 человека, совершивших преступления экстремистской направленности": the round itself
  // ("из 52 освобождённых 14 — иностранцы": the part of a named whole, not the round)
  // ("Прэс-служба: памілаваныя 250 асуджаных па «экстрэмісцкіх» артыкулах": the pardon's word right before, past a colon)
  const ofTheRound = (category === 'round_political' || category === 'round_nationals' || category === 'round_foreigners') && ((pardonBefore && !/[,;:—–]/.test(a.beforeBare.slice(-30))) || PARDON_WORD_RIGHT_BEFORE_CY.test(a.beforeBare.slice(-40)))
    && !/(?:^|[^\p{L}])(?:из|з|среди|сярод)\s+(?:\d+\s+)?\p{L}+\s+$/u.test(a.beforeBare)
    && !/(?:^|[^\p{L}])(?:среди|сярод)\s+(?:\d+\s+)?(?:освобожд|помилован|вызвален|памілаван)\p{L}*[^.;]{0,60}$/u.test(a.beforeBare);
  // "довело число освобождённых до 178", "колькасць памілаваных з ліпеня 2024 года дасягнула 250": a total (its own
  // pattern names the release, so no other cue is asked)
  // ("Толькі з пачатку гэтага года — 269", "С начала года — 269": the year's count, named before its dash)
  if (s.pardonNearby && token.value >= 2 && lastMarkBefore(s.lower, Math.max(0, token.start - 60), token.start, '—–:') && YEAR_START_BEFORE_DASH_CY.test(s.lower.slice(Math.max(0, token.start - 60), token.start))) return { rule: 'cy-total-of-a-year', kind: 'running_total', scope: 'this-year', scopeYear: scopeYearOf(s.lower) };
  if (s.pardonNearby && wordBefore && TOTAL_REACHED_BEFORE_CY.test(a.beforeBare)) return { rule: 'cy-total-reached', kind: 'running_total', scope: /(?:с июля|з ліпеня)/u.test(s.lower) ? 'since-july' : 'unspecified', scopeYear: scopeYearOf(s.lower) };
  // ("помилованных с июля 2024 года уже более 590", "вызваленых з ліпеня — 592": those pardoned since the start, counted)
  if (cy.hasWordsCy(PARDONED_SINCE_BEFORE_CY, a.beforeBare.slice(-70))) return { rule: 'cy-total-of-the-pardoned-since', kind: 'running_total', scope: 'since-july', scopeYear: scopeYearOf(s.lower) };
  // "592 с июля 2024 года, из них 365 — в 2025-м": the part of a total that falls in one year, that year's total
  // ("из них в 2025 году — 365": the year may come first)
  const yearBefore = s.pardonNearby && a.previousToken && lastMarkBefore(a.beforeBare, 0, a.beforeBare.length, '—–-') && /(?:них|іх)\s/u.test(a.beforeBare.slice(-40)) ? YEAR_BEFORE_PART_OF_TOTAL_CY.exec(a.beforeBare.slice(-40)) : null;
  const yearOfTotalCy = yearBefore ?? (s.pardonNearby && a.previousToken && wordBefore && /(?:них|іх)\s+$/u.test(a.beforeBare.slice(-6)) && OF_THEM_BEFORE_CY.test(a.beforeBare.slice(-16)) ? YEAR_PART_OF_TOTAL_CY.exec(a.after) : null);
  if (yearOfTotalCy && cy.TOTAL_CY.test(s.lower)) return { rule: 'cy-year-part-of-total', kind: 'running_total', scope: 'this-year', scopeYear: yearOfTotalCy[1] ? Number(yearOfTotalCy[1]) : scopeYearOf(s.lower.slice(token.end)) };
  // "235 освобождены в Беларуси, а 15 вывезены в Литву": those of the release who stayed
  // ("235 из 250 помилованных остаются в Беларуси": past the whole it is taken from)
  // (the place is named within a few words: the cheap test first, spared for most figures)
  // "Девятерых из 123 отвезли в Литву", "235 из 250 помилованных остаются в Беларуси": the whole the part is taken from
  // is the release, not a destination
  if (s.pardonNearby && token.value <= 400 && a.previousToken && wordBefore && /(?:^|[^\p{L}])(?:из|з)\s+$/u.test(a.beforeBare.slice(-5)) && (category === 'round_destination' || STAYED_PLACE_HINT_CY.test(a.after.slice(0, 70)))) return { rule: 'cy-whole-of-a-part', kind: 'round_size' };
  // ("123 вызваленых выслалі ва Ўкраіну і Летуву": taken to two countries, the whole release)
  if (s.pardonNearby && token.value <= 400 && category === 'round_destination' && cy.twoDestinationsCy(a.after)) return { rule: 'cy-taken-to-two-countries', kind: 'round_size' };
  if (s.pardonNearby && token.value <= 400 && STAYED_PLACE_HINT_CY.test(a.after.slice(0, 70)) && STAYED_IN_BELARUS_CY.test(OF_A_WHOLE_CY.test(a.after) ? a.after.replace(OF_A_WHOLE_CY, ' ') : a.after)) return { rule: 'cy-stayed-in-belarus', kind: 'round_destination', subject: 'Belarus' };
  // "помиловал 31 гражданина Украины" is the round when all of it was, but "помиловал 14 иностранцев" may be a part:
  // read as the round's size, with the group it names (the frame leaves the group open)
  if (ofTheRound && category !== 'round_political' && token.value <= 400 && s.pardonNearby) return { rule: 'cy-round-of-a-named-group', kind: 'round_size', namedGroup: category };
  if (category && !ofTheRound && token.value <= 400 && !recognition && s.pardonNearby) {
    const subject = category === 'round_nationals' ? cy.countryOfNationalsCy(a.after) ?? (categoryAfter ? undefined : cy.countryBeforeCy(a.beforeBare))
      : category === 'round_destination' && categoryAfter ? cy.destinationOfCy(a.after) : undefined;
    const qualifiedBy = categoryAfter === category ? cy.narrowedByCy(a.after, category) : undefined;
    return subject ? { rule: categoryRule, kind: category, subject } : qualifiedBy ? { rule: categoryRule, kind: category, qualifiedBy } : { rule: categoryRule, kind: category };
  }
  // ("Агляд за люты: 1 234 палітвязьні і новыя прызнаньні", "Студзень-2026: 1158 палітвязьняў, яшчэ 47 прызнаных": a
  // heading's count of those held; the recognitions are another phrase's)
  if (token.value > 400 && token.value < 2000 && HELD_NOUN_PHRASE_AFTER_CY.test(a.after) && !pardonBefore && !/(?:призна|прызна|помилов|памілав|освобо|вызвал|выпуст|выпусц)/u.test(a.beforeBare.slice(-60).split(/[,;:]/u).pop()!) && !(pardonAfterMemo ??= releaseAfterCy(a))) return { rule: 'cy-held-in-heading', kind: 'prisoners_held' };
  if (recognition && cy.PEOPLE_AFTER_CY.test(a.after) && token.value > 400) return { rule: 'cy-recognised-count', kind: heldNowNotCumulative(s.lower) ? 'prisoners_held' : 'recognised_total' };
  // "«Весна» признала политзаключёнными ещё 12 человек", "спіс палітвязняў папоўніўся 7 імёнамі": those just recognised
  // (in their own clause, even where the sentence also speaks of a pardon)
  // ("яшчэ 11 чалавек папоўнілі спіс палітвязняў", "статус палітвязня атрымалі 11", "да спісу дадалі 11 прозвішчаў")
  // ("17 новых палітвязняў", "12 новых политзаключённых": those added to the list)
  if (token.value <= 400 && wordNext && cy.NEW_PRISONERS_AFTER_CY.test(a.after)) return { rule: 'cy-new-prisoners', kind: 'newly_recognised' };
  if (token.value <= 400 && s.mayRecognise()) {
    const clause = clauseOf(s.lower, token);
    const recognisedHere = recognition || (s.pardon && /призна|прызна/u.test(clause) && cy.isRecognitionCy(clause));
    // ("«Вясна» прызнала палітвязнямі яшчэ 11.": the noun left out at the clause's end)
    if ((recognisedHere && (cy.PEOPLE_AFTER_CY.test(a.after) || cy.POLITICAL_PRISONERS_CY.test(a.after.slice(0, 30)) || /^\s*(?:[.;,]|$)/u.test(a.after))) || LIST_GREW_CY.test(a.beforeBare)
      || (listGrewIn(clause) && (!s.pardon || !cy.hasWordsCy(cy.PARDON_CY, clause)))) return { rule: 'cy-newly-recognised', kind: 'newly_recognised' };
  }

  // "178 из более чем 1300 политзаключённых": the whole the part before it is taken from is those held, never a total
  if (token.value > 400 && a.previousToken && token.start - a.previousToken.end < 30 && (namesWholeNext(a.beforeBare) || (HEDGE_ENDINGS_CY.some((w) => a.beforeBare.trimEnd().endsWith(w)) && endsWith(FROM_HEDGED_WHOLE_CY, a.beforeBare)))) {
    return cy.POLITICAL_PRISONERS_CY.test(a.after.slice(0, 40)) ? { rule: 'cy-whole-of-those-held', kind: 'prisoners_held' } : null;
  }
  // "трое из 16 старше 50 лет": the 16 is the whole the part is taken from, the round when the sentence is about one
  // (unless its own category follows: in "шестеро из 14 иностранцев — …" the 14 are the foreigners)
  if (a.previousToken && token.start - a.previousToken.end < 8 && namesWholeNext(a.beforeBare) && !cy.categoryAfterCy(a.after.slice(0, 25))) return s.pardonNearby && token.value <= 400 ? { rule: 'cy-whole-of-a-part', kind: 'round_size' } : null;
  // "из 37 …", "все двадцать девять осуждённых": the round as a whole
  // (the cheap test first: "из", "все", "усіх" end in з, е or х, right before the spaces before the figure)
  const ofThe = wordBefore && /[зех]$/.test(a.beforeBare.trimEnd()) && cy.PEOPLE_AFTER_CY.test(a.after) && /(?:^|[^\p{L}])(?:из|з|все|всех|ўсе|ўсіх|усе|усіх)\s+$/u.test(a.beforeBare);
  const pardonAfter = (pardonAfterMemo ??= releaseAfterCy(a));
  // "на свободу вышли уже больше 200": a count up to now without its start, neither a round nor a total we can place
  if (s.pardon && endsWith(ALREADY_CY, a.beforeBare) && !cy.TOTAL_CY.test(s.lower)) return null;
  // "границу пересекли девять освобождённых": those who reached one country, a part of the release
  // (read in the words around the figure, so a long sentence is not searched again for each of its figures)
  const whereabouts = s.pardonNearby && token.value <= 400 && !category && (pardonAfter || (wordNext && cy.PEOPLE_AFTER_CY.test(a.after))) ? cy.whereaboutsOfCy(clauseNearby(a, token), s.lower) : null;
  if (whereabouts) return { rule: 'cy-whereabouts', kind: 'round_destination', subject: whereabouts };
  // "в сентябре — 52, а 13 декабря — 123", "342 человека, а с июля 2024 года — 569": a list whose verb was said once, each
  // item named by its month, day or span and a dash
  // (the cheap tests first: most figures stand after no dash; the sentence's arrests asked last)
  // (a timeline's item, "7 мая — 42.", may stand as a sentence of its own in a paragraph on the pardons)
  // ("на пачатку верасьня — яшчэ 30": another of the list)
  const dashItem = (wordBefore || lastMarkBefore(a.beforeBare, 0, a.beforeBare.length, '—–')) && /[—–]\s*(?:(?:ещё|еще|яшчэ)\s+)?$/u.test(a.beforeBare) && (s.pardon || (s.pardonNearby && token.start <= 60)) && token.start > 3 && /^\s*(?:\p{L}+\s+){0,2}(?:\p{L}+)?\s*(?:$|[,;.]|(?:а|и|і)\s)/u.test(a.after) && !ARREST_STEM_CY.test(s.lower);
  // ("У 2025-м — 365", "В 2024 году — 227": a year's item, its total)
  const itemYear = dashItem && token.value >= 10 ? YEAR_BEFORE_DASH_CY.exec(a.beforeBare.slice(-30)) : null;
  if (itemYear && !ARREST_STEM_CY.test(s.lower) && !/(?:призна|прызна)/u.test(s.lower)) return { rule: 'cy-year-item-total', kind: 'running_total', scope: 'this-year', scopeYear: Number(itemYear[1]) };
  if (dashItem && a.previousToken && SPAN_BEFORE_DASH_CY.test(a.beforeBare.slice(-70))) return { rule: 'cy-second-total', kind: 'running_total', scope: totalScopeOf(s, token, totalScopeCy), scopeYear: scopeYearOf(s.lower.slice(a.previousToken.end)) };
  // ("в январе — 23 и 15": the second of a pair shares the item's month)
  const prev = a.previousToken;
  // ("Ко Дню Независимости — 16 человек", "Накануне 9 Мая — 42": an occasion or a date before the item's dash)
  // ("рекорд обновлялся: 42 в мае, 52 в сентябре и, наконец, 123 в декабре": a list's items named by their months after them)
  // ("145 человек: 123 — 13 декабря по договорённости с США и 22 — по указу от 30 декабря": a day or a decree after the item's dash)
  const perMonth = s.pardonNearby && token.value >= 2 && token.value <= 400 && wordNext && (COUNT_IN_MONTH_AFTER_CY.test(a.after) || DATED_AFTER_DASH_CY.test(a.after)) && LIST_ITEM_BEFORE_CY.test(a.beforeBare.slice(-30)) && !ARREST_STEM_CY.test(s.lower) && !/(?:призна|прызна)/u.test(s.lower);
  const monthItem = perMonth || (dashItem && (MONTH_BEFORE_DASH_CY.test(a.beforeBare.slice(-60)) || timeInItem(s, token)))
    || (prev !== undefined && s.pardonNearby && JOINED_TO_PREVIOUS_CY.test(s.lower.slice(prev.end, token.start)) && /[—–]\s*$/u.test(s.lower.slice(0, prev.start)) && MONTH_BEFORE_DASH_CY.test(s.lower.slice(Math.max(0, prev.start - 60), prev.start)));
  // ("Восьмая группа — 20 человек": a round named by its place in the count, then its size; "в восьмую группу вошли 20
  // человек", "у сёмую ўвайшлі 29": what it held)
  const ordinalItem = prev !== undefined && prev.ordinal && ((dashItem && ROUND_NOUN_BEFORE_DASH_CY.test(s.lower.slice(prev.end, token.start)))
    || (token.start - prev.end < 40 && ENTERED_ROUND_CY.test(s.lower.slice(prev.end, token.start))));
  // ("С июля 2024 года — около 570", "Около 570 человек с июля 2024 года", "…, сёлета — 162": a total with its span beside
  // it, the verb left out)
  // (its words looked for first: hasWordsCy's pre-test; the match itself only where they stand)
  const spanBefore = s.pardonNearby && token.value >= 10 && cy.hasWordsCy(TOTAL_SPAN_RIGHT_BEFORE_CY, a.beforeBare.slice(-50)) ? TOTAL_SPAN_RIGHT_BEFORE_CY.exec(a.beforeBare.slice(-50)) : null;
  const spanAfter = s.pardonNearby && token.value >= 10 && !spanBefore ? TOTAL_SPAN_RIGHT_AFTER_CY.exec(a.after) : null;
  const span = (spanBefore ?? spanAfter)?.[1];
  if (span && !ARREST_STEM_CY.test(s.lower) && !cy.POLITICAL_PRISONERS_CY.test(a.after.slice(0, 30))) {
    return { rule: 'cy-total-span-beside', kind: 'running_total', scope: /(?:июля|ліпеня)/u.test(span) ? 'since-july' : 'this-year', scopeYear: scopeYearOf(s.lower) };
  }
  if (s.pardonNearby && (pardonBefore || pardonAfter || ofThe || monthItem || ordinalItem || (token.start <= 3 && SO_MANY_AFTER_CY.test(a.after)) || (s.pardon && cy.PEOPLE_AFTER_CY.test(a.after)) || (s.pardon && endsWith(LIST_GOES_ON_CY, a.beforeBare)))) {
    // ("вышла первая группа из 18 тяжелобольных": a group's size, whatever total the sentence also gives)
    // (not "группа из 15 правозащитных организаций": a group of people, or of no noun)
    if (GROUP_OF_BEFORE_CY.test(a.beforeBare.slice(-30)) && token.value >= 2 && token.value <= 400 && (cy.PEOPLE_AFTER_CY.test(a.after) || /^\s*(?:$|[,.;:—–)(]|тяжелобольн|цяжкахвор|политзаключ|палітвяз)/u.test(a.after))) return { rule: 'cy-group-of', kind: 'round_size' };
    if (cy.OTHER_PERIOD_CY.test(s.lower)) return { rule: 'cy-total-other-period', kind: 'running_total', scope: 'other', scopeYear: sinceYearOf(s.lower) };
    // a total's cue stands before its figure ("с июля помилованы уже 178"); "с учётом 32 новых … с июля 178": the 32 is the round
    // "в 2025 году помилованы 365": a year's count, where no month or day says it is one release
    // ("в течение года помилованы 342", "за год", "на працягу года": the year's count too)
    // ("летась памілавалі 365", "в прошлом году помиловали 365": the year before the page's, a count in hundreds)
    // ("…, начиная с июля": a month that starts the count leaves it the year's)
    if (!s.monthCues.some((m) => !m.start && !m.asOf) && token.value >= 150 && LAST_YEAR_CY.test(a.beforeBare.split(/[,;—–]/u).pop()!) && (pardonBefore || pardonAfter)) return { rule: 'cy-total-of-last-year', kind: 'running_total', scope: 'this-year', lastYear: true };
    // ("атрымаецца 220 памілаваных толькі сёлета", "220 помилованных только в этом году": the year's own span after the figure;
    // "Итоги года: 342 помилованных": a year's review)
    if (!s.monthCues.some((m) => !m.asOf && !m.start && Math.abs(m.at - token.start) < 40) && token.value >= 2 && (THIS_YEAR_AFTER_CY.test(a.after) || (YEAR_REVIEW_BEFORE_CY.test(a.beforeBare) && PARDONED_PARTICIPLE_AFTER_CY.test(a.after)))) {
      // ("342 помилованных в 2025 году": the year it names)
      const named = THIS_YEAR_AFTER_CY.exec(a.after)?.[1];
      return { rule: 'cy-total-of-a-year', kind: 'running_total', scope: 'this-year', scopeYear: named ? Number(named) : scopeYearOf(s.lower) };
    }
    if (!s.monthCues.some((m) => m.at < token.start && !m.asOf) && /(?:^|[^\p{L}])(?:(?:в|у|ў)\s+(?:19|20)\d\d\s+(?:году|годзе)|за\s+(?:19|20)\d\d(?:\s+год|-?[йы]\s+год)?|(?:в течение|на працягу)\s+(?:этого\s+|всего\s+|гэтага\s+|усяго\s+)?года|за\s+(?:этот\s+|весь\s+|гэты\s+|увесь\s+)?год)(?![\p{L}])/u.test(a.beforeBare) && (pardonBefore || pardonAfter || /(?:помилова|памілава|атрымал)/u.test(a.beforeBare))) return { rule: 'cy-total-of-a-year', kind: 'running_total', scope: 'this-year', scopeYear: scopeYearOf(s.lower) };
    // ("З ліпеня 2024 года, калі на волю выйшлі першыя 18, …": the when-clause tells of the start, not of the total)
    if (totalCueBefore(s, token) && !WHEN_OF_START_BEFORE_CY.test(a.beforeBare.slice(-90))) return { rule: 'cy-total-cue', kind: 'running_total', scope: totalScopeOf(s, token, totalScopeCy), scopeYear: scopeYearOf(s.lower) };
    // "19 чалавек ва ўзросце да 40 гадоў": an age band of the round, not the round
    // "оба", "абодва" (both) refer back to people already named
    const both = /^(?:оба|обе|обоих|абодва|абедзве|абодвух)$/iu.test(token.text)
      // "по двое — Латвии и Германии": so many each, never the release
      || /(?:^|[^\p{L}])(?:по|па)\s+$/u.test(a.beforeBare);
    if (ordinalItem && token.value >= 2 && token.value <= 400) return { rule: 'cy-round-by-its-place', kind: 'round_size' };
    // ("двое жителей Гродно среди 23 помилованных", "сярод 23 памілаваных — двое гарадзенцаў": some of a whole named
    // beside them, of a group the KB does not count)
    if (AMONG_A_WHOLE_AFTER_CY.test(a.after.slice(0, 60)) || (prev !== undefined && AMONG_A_WHOLE_BEFORE_CY.test(s.lower.slice(Math.max(0, prev.start - 12), token.start)))) return null;
    if (token.value >= 2 && token.value <= 400 && !both && !partHavingCy(a) && !/^\s*(?:человек|чалавек)?\s*(?:в возрасте|ва ўзросце)/u.test(a.after)) {
      // (a dated item with no verb of its own: the chronology's verb, said before, governs it)
      return monthItem && !pardonBefore && !pardonAfter && !s.pardon ? { rule: 'cy-dated-list-item', kind: 'round_size', listItem: true } : { rule: 'cy-round-size', kind: 'round_size' };
    }
  }
  // ("ня менш за 13 000 беларусаў былі вымушаныя выехаць", "не менее 13 тысяч уехали из страны": those who left for exile)
  if (token.value >= 1000 && EXILED_HINT_CY.test(a.after.slice(0, 90)) && EXILED_AFTER_CY.test(a.after.slice(0, 90))) return { rule: 'cy-exiled', kind: 'exiled' };
  // "затрымалі каля 30 тысяч чалавек", "задержаны более 100": those detained, never a count of those held
  // (the stems looked for first: the patterns are tried only where one of them stands)
  // (and only in a sentence that has one: the words around a figure are the sentence's own)
  const arrestBefore = a.beforeBare.slice(-60);
  if (arrestStemIn(s.lower) && ((ARREST_STEM_CY.test(arrestBefore) && ARREST_VERB_BEFORE_CY.test(arrestBefore)) || (ARREST_STEM_CY.test(a.after.slice(0, 40)) && ARRESTED_AFTER_CY.test(a.after)))) {
    if (cy.LAST_WEEK_CY.test(s.lower)) return { rule: 'cy-arrests-last-week', kind: 'arrested_last_week' };
    // the mass arrests after the 2020 election: named by their scale, a year or the protests
    if (token.value >= 10000 || (token.value >= 1000 && /(?:19|20)\d\d|протест|пратэст/u.test(s.lower))) return { rule: 'cy-arrested-crackdown', kind: 'arrested_crackdown' };
    return null;
  }
  // (the country's count is in the thousands: "в списке … с тяжёлыми заболеваниями 160 фамилий" is a part of it)
  if (s.heldCueCy && token.value > 400 && !pardonBefore && !pardonAfter && heldPeopleCy(s, a)) return { rule: 'cy-held-count', kind: 'prisoners_held' };
  // ("за кратамі застаюцца 1135", "Ещё в заключении: около 1300", "о 1150 людях, которые остаются за решёткой": hundreds held,
  // the prison named beside the figure)
  // (not another monitor's count, which the KB does not hold: "Dissidentby … называет … более 1300")
  if (token.value > 400 && token.value < 5000 && !pardonAfter && !OTHER_MONITOR_CY.test(s.lower) && (HELD_RIGHT_BEFORE_CY.test(a.beforeBare.slice(-45)) || HELD_RIGHT_AFTER_CY.test(a.after.slice(0, 70)))) return { rule: 'cy-held-beside', kind: 'prisoners_held' };
  // ("Правозащитники говорят примерно о 1150 политзаключённых": a rights group's count, its verb of saying)
  // ("Тихановская говорит о 1150 политзаключённых", "кажа пра 1150 палітвязьняў": a count as someone states it)
  if (token.value > 400 && !pardonBefore && !pardonAfter && !ARREST_STEM_CY.test(a.beforeBare.slice(-40)) && cy.POLITICAL_PRISONERS_CY.test(a.after.slice(0, 30)) && (cy.RIGHTS_COUNT_CY.test(s.lower) || SPEAKS_OF_BEFORE_CY.test(a.beforeBare.slice(-30))) && !/^\s*(?:бывш|былы|былых|экс-)/u.test(a.after)) return { rule: 'cy-held-count', kind: 'prisoners_held' };
  // "…1131 политзаключённых. 23 декабря их было 1135.": the count again, its noun a pronoun for the sentence before's
  if (token.value > 400 && THEY_WERE_BEFORE_CY.test(a.beforeBare.slice(-20)) && cy.POLITICAL_PRISONERS_CY.test(s.previous)) return { rule: 'cy-held-count-again', kind: 'prisoners_held' };
  if (cy.hasWordsCy(cy.ARRESTS_CY, a.after.slice(0, 30)) && cy.LAST_WEEK_CY.test(s.lower)) return { rule: 'cy-arrests-last-week', kind: 'arrested_last_week' };
  return null;
}

/**
 * The figure counts those held (classifyCyrillic; a module function, not a closure made for each figure).
 * ("9 бывших политзаключённых", "былых палітвязняў": former prisoners are not held)
 * ("40 из 52 — политзаключённые": a part of a named whole, not a count of those held)
 * (an answer's question may name them: "Сколько политзаключённых остаётся? … более 1100")
 */
function heldPeopleCy(s: SentenceContext, a: Around): boolean {
  // ("праз арышты прайшлі каля 30 тысяч": those arrested, not those held)
  return !/^\s*(?:бывш|былы|былых|экс-|(?:из|з)\s+\d)/u.test(a.after) && !CONVICTED_BEFORE_CY.test(a.beforeBare.slice(-50)) && !ARREST_STEM_CY.test(a.beforeBare.slice(-40)) && (HELD_NUMBER_BEFORE_CY.test(a.beforeBare) || (s.prefix > 0 && cy.POLITICAL_PRISONERS_CY.test(s.lower.slice(0, s.prefix))) || cy.POLITICAL_PRISONERS_CY.test(a.after.slice(0, 40)) || (/^\s*(?:имён|имен|імёнаў|чалавек|человек|фамилий|прозвішчаў|прозьвішчаў)/u.test(a.after) && (s.blockNamesPrisoners() || cy.RIGHTS_COUNT_CY.test(s.lower))));
}

/**
 * "1,262 people are now recognised as political prisoners", "в настоящее время … признаны политзаключёнными": a count
 * of those held now, not of everyone recognised since 2020 (which says since when, or in total, or over the years).
 */
function heldNowNotCumulative(lower: string, sentence = lower): boolean {
  const now = /(?<![\p{L}])(?:currently|now|today|at present|at the moment|still|remain\p{L}*|в настоящее время|сейчас|на сегодня|на данный момент|остаются|зараз|цяпер|на сённяшні|застаюцца)(?![\p{L}])/u.test(lower);
  const cumulative = /(?<![\p{L}])(?:since|in total|overall|over the years|over the (?:same|whole|entire) period|altogether|all told|(?:с|з) (?:19|20)\d{2}|всего|за все время|за ўвесь час|усяго|агулам)(?![\p{L}])/u.test(sentence);
  return now && !cumulative;
}

/** The figure's clause within the words read around it (a long sentence is not searched again for each figure). */
function clauseNearby(a: Around, token: NumberToken): string {
  const window = a.beforeBare + token.text.toLowerCase() + a.after;
  return clauseOf(window, { ...token, start: a.beforeBare.length, end: a.beforeBare.length + token.text.length });
}

/** The clause a figure stands in: from the last comma, semicolon or dash before it to the next after it. */
/** the list of political prisoners grew in this clause: "спіс палітвязняў папоўніўся", "статус палітвязня атрымалі" */
function listGrewIn(clause: string): boolean {
  return cy.LIST_GREW_IN_CLAUSE_CY.test(clause) && cy.POLITICAL_PRISONERS_CY.test(clause);
}
/** a cheap test that a sentence may speak of the list's growth: the stems the pack's listGrew entries begin with */
const LIST_GREW_HINT_CY = /папоўні|пополни|статус|дадал|дададзен|добавл|добавил|внес|унес|павялічы|увеличил|трапіл|попал|стал|абвясь?ці|объяви/u;

function clauseOf(lower: string, token: NumberToken): string {
  const before = lower.slice(0, token.start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(' а '));
  const rest = lower.slice(token.end).search(/[,;—]|\sа\s/u);
  return lower.slice(from + 1, rest < 0 ? lower.length : token.end + rest);
}

/** A total's cue before the figure, or right after it ("178 человек всего"). */
function totalCueBefore(s: SentenceContext, token: NumberToken): boolean {
  // a cue after the figure counts only in its own clause ("20 человек, всего с июля — 227": the total is the 227)
  // (the sentence's cues found once, when its first figure asks)
  // (one before it, in its own part of the sentence: "сёмае рашэньне з ліпеня; папярэдняя група … з 32" is the ordinal's span)
  const part = s.lower.lastIndexOf(';', token.start);
  return (s.totalCues ??= totalCuesIn(s.lower)).some((at) => (at < token.start && at > part) || (at > token.end && at - token.end < 15 && !/[,;—–]/.test(s.lower.slice(token.end, at))));
}
const TOTAL_ALL_CY = new RegExp(cy.TOTAL_CY.source, 'gu');

function totalCuesIn(lower: string): number[] {
  const at: number[] = [];
  for (const match of lower.matchAll(TOTAL_ALL_CY)) {
    // "указ, пятый с начала освобождений, касается 31 человека": a start right after an ordinal is the ordinal's count
    // ("это уже четвёртая группа с июля: тогда вышли 18": the ordinal's noun between)
    if (!ORDINAL_ENDING_BEFORE_CY.test(lower.slice(Math.max(0, match.index - 36), match.index))) at.push(match.index);
  }
  return at;
}
/** an ordinal, then a space: "пятый ", "шостая ", "восьмое " (not a participle: "помилованы с июля") */
const ORDINAL_ENDING_BEFORE_CY = /(?:^|[^\p{L}])(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|перш|друг|трэц|чацв[её]рт|шост|сём|дзявят|дзесят|\p{L}+надцат|\p{L}+наццат)\p{L}*\s+(?:раз\s+|(?:групп|груп|волн|хвал|указ|ўказ|помилован|памілаван|освобожден|освобождён|вызвален|парти)\p{L}*\s+)?$/u;

/** "the New Year decree", "новогодний указ", "навагодні ўказ": a release named by its holiday, late December's */
const NEW_YEAR_RELEASE = /(?:\bnew year(?:'s|’s)? (?:decree|pardon|amnesty|release)|\b(?:at|before|for|over|ahead of|on the eve of) (?:the )?new year\b(?!'s|’s| (?:election|vote))|новогодн\p{L}* (?:указ|помиловани|освобождени)|(?:^|[^\p{L}])(?:под|на|перед) новый год|навагодн\p{L}* (?:указ|ўказ|памілаванн|вызваленн)|(?:^|[^\p{L}])(?:пад|на|перад) новы год)/u;
/** "ahead of Independence Day", "накануне Дня Победы", "напярэдадні Дня народнага адзінства": a release named by its holiday */
const HOLIDAYS: [RegExp, MonthCue][] = [
  [/\bindependence day\b|(?:^|[^\p{L}])дн[юяеь]\p{L}* (?:независимости|незалежнасці|незалежнасьці)/u, { month: 7, part: 'early', relative: null }],
  [/\bvictory day\b|(?:^|[^\p{L}])дн[юяеь]\p{L}* (?:победы|перамогі)/u, { month: 5, part: 'early', relative: null }],
  [/\b(?:(?:national )?unity day|day of national unity)\b|(?:^|[^\p{L}])дн[юяеь]\p{L}* (?:народного единства|народнага адзінства)/u, { month: 9, part: 'mid', relative: null }],
  // ("on the eve of the election", "накануне выборов": the presidential vote of 26 January 2025, the only one the KB's rounds know)
  [/\b(?:on the eve of|ahead of|in the run-up to) (?:the|sunday's|january's) (?:january |presidential )?(?:election|vote)\b|(?:^|[^\p{L}])(?:накануне|напярэдадні) (?:президентских |прэзідэнцкіх )?(?:выборов|выбараў)/u, { month: 1, part: 'late', relative: null, year: 2025 }],
];
const SINCE_BEFORE_HOLIDAY = /(?:\b(?:since|from)\b|(?:^|[^\p{L}])(?:с|з) (?:первого|первой|начала|першага|першай|пачатку)(?![\p{L}]))[^;.]*$/u;
const HOLIDAY_HINT = /independence|victory|unity|election|vote|независим|незалежн|побед|перамог|единств|адзінств|выбор|выбар/;

function newYearCue(lower: string): MonthMention[] {
  // (its words looked for first, without the word edges they open with: cyrillic.ts, hasWordsCy)
  const match = cy.hasWordsCy(NEW_YEAR_RELEASE, lower) ? NEW_YEAR_RELEASE.exec(lower) : null;
  const found: MonthMention[] = match ? [{ at: match.index, end: match.index + match[0].length, start: false, cue: { month: 12, part: 'late', relative: null } }] : [];
  if (!HOLIDAY_HINT.test(lower)) return found;
  for (const [pattern, cue] of HOLIDAYS) {
    const holiday = pattern.exec(lower);
    // ("Counting from the first release, on the eve of Independence Day, more than 200 …": the start of a count)
    const start = holiday && SINCE_BEFORE_HOLIDAY.test(lower.slice(Math.max(0, holiday.index - 100), holiday.index));
    if (holiday) found.push({ at: holiday.index, end: holiday.index + holiday[0].length, start: Boolean(start), cue, ...(cue.year ? { weak: true } : {}) });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** where a month's word stands, and the month cues searched from a given place (monthCueMatchesCy) */
const MONTH_WORD_ALL_CY = new RegExp(cy.MONTH_WORD_CY, 'gu');
const MONTH_CUE_FROM_CY = new RegExp(cy.MONTH_CUE_CY.source, 'gu');
/** a character of the words a month cue may hold before its month ("12", "в", "начале", "месяц:") */
const MONTH_CUE_LEAD = /[\p{L}\d:]/u;
/** the most words a month cue holds before its first month word (two today): a rule with more must widen it */
const MONTH_CUE_LEAD_WORDS = 3;

/**
 * `lower.matchAll(cy.MONTH_CUE_CY)`, the same matches, without trying the pattern at every position of a long sentence:
 * each match holds a month's word and, before the first, at most MONTH_CUE_LEAD_WORDS words and spaces, so the search
 * starts that far before the next month's word (no match can start earlier, as it would hold that word).
 */
export function monthCueMatchesCy(lower: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    MONTH_WORD_ALL_CY.lastIndex = from;
    const month = MONTH_WORD_ALL_CY.exec(lower);
    if (!month) return found;
    let start = month.index;
    for (let words = 0; start > from; start--) {
      const c = lower[start - 1];
      if (c.trim() === '') continue;
      if (!MONTH_CUE_LEAD.test(c)) break;
      // (a word's last character, read backwards: one more word)
      if ((start === month.index || lower[start].trim() === '') && ++words > MONTH_CUE_LEAD_WORDS) break;
    }
    MONTH_CUE_FROM_CY.lastIndex = start;
    const match = MONTH_CUE_FROM_CY.exec(lower);
    if (!match) return found;
    found.push(match);
    from = MONTH_CUE_FROM_CY.lastIndex;
  }
}

function monthCuesInCyrillic(lower: string): MonthMention[] {
  const newYear = newYearCue(lower);
  if (!cy.MONTH_HINT_CY.test(lower)) return newYear;
  const found: MonthMention[] = [];
  for (const match of monthCueMatchesCy(lower)) {
    // "задержана в сентябре": the month of an arrest, a sentence or a birth, not of the release
    // (its words looked for first: hasWordsCy's pre-test, the pattern ending at the slice's end tried from every place)
    if (cy.hasWordsCy(cy.OTHER_EVENT_BEFORE_MONTH_CY, lower.slice(Math.max(0, match.index - 40), match.index))) continue;
    const word = /\p{L}+$/u.exec(match[0])![0];
    const partWord = match[2] ?? match[3] ?? match[4];
    const part = partWord ? (/^(?:на)?(?:начал|пачат)/.test(partWord) ? 'early' : /^(?:середин|сярэдзін)/.test(partWord) ? 'mid' : 'late') : null;
    // "с июля", and "с начала освобождений в июле": where a count begins
    const start = /^(?:с|з|от|ад)\s/u.test(match[0]) || /(?:^|[^\p{L}])(?:с|з) (?:начала|пачатку)\s+(?:\p{L}+\s+){0,2}$/u.test(lower.slice(Math.max(0, match.index - 40), match.index));
    const year = /^\s*(\d{4})/.exec(lower.slice(match.index + match[0].length))?.[1];
    const dated = /(?<!\d)\d{1,2}(?:-?(?:го|га))?\s*$/u.test(lower.slice(Math.max(0, match.index - 8), match.index + match[0].length - word.length));
    const wordAt = match.index + match[0].length - word.length;
    const asOf = AS_OF_BEFORE_CY.test(lower.slice(Math.max(0, wordAt - 30), wordAt)) || REPORT_BEFORE_ITS_DAY.test(lower.slice(Math.max(0, wordAt - 40), wordAt));
    found.push({ at: match.index, end: match.index + match[0].length, start, ...(asOf ? { asOf } : {}), cue: { month: cy.monthOfWord(word), part, relative: null, ...(year ? { year: Number(year) } : {}), ...(dated ? { dated } : {}) } });
  }
  return inTextOrder(found, newYear);
}

/** The month cues and a holiday's cue, in the order the text gives them (nearestMonthCue reads them in that order). */
function inTextOrder(found: MonthMention[], more: MonthMention[]): MonthMention[] {
  const kept = found.length ? more.filter((m) => !m.weak) : more;
  return kept.length ? [...found, ...kept].sort((a, b) => a.at - b.at) : found;
}

function stripHedge(before: string, hedge: Hedge): string {
  const at = before.lastIndexOf(hedge.text.split(' ')[0]);
  return at >= 0 ? before.slice(0, at) : before;
}

interface Around {
  before: string;
  beforeBare: string;
  after: string;
  afterClipped: string;
  previousToken?: NumberToken;
}

type Reading = Pick<RawClaim, 'kind' | 'rule'> & Partial<Pick<RawClaim, 'subject' | 'scope' | 'scopeYear' | 'lastYear' | 'countsDecrees' | 'countsInYear' | 'term' | 'termYear' | 'month' | 'namedGroup' | 'qualifiedBy'>> & {
  /** an item of a chronology, its time then a dash, its verb said before ("Накануне 9 Мая — 42 человека") */
  listItem?: boolean;
};

/** "25 under the decree of 16 September", "30 pardoned by decree": people freed by a decree, not a count of decrees */
const DECREE_AS_MEANS = /^\s*(?:(?:pardoned|freed|released|people|prisoners)\s+)?(?:under|by|through|via|per|with|in|after|following|from)\s/;

/**
 * "three women with many children", "two men over 50": a second category in the figure's own clause narrows the first
 * (the figure counts those in both), so it is not that category's whole count
 */
function narrowedBy(category: [ClaimKind, RegExp], afterClipped: string): ClaimKind | undefined {
  const first = category[1].exec(afterClipped);
  if (!first) return undefined;
  const rest = firstPart(afterClipped.slice(first.index + first[0].length), /[;,.:]|\b(?:and|but|while)\b/);
  return cue.CATEGORY_AFTER.find(([kind, pattern]) => kind !== category[0] && kind !== 'round_political' && pattern.test(rest))?.[0];
}

function classify(s: SentenceContext, token: NumberToken, a: Around): Reading | null {
  if (token.ordinal) return classifyOrdinal(s, token, a);
  // ("Total pardoned since July 2024: 570.", "Running total of those freed: 570": a fact box's total line)
  if (token.start <= 90 && TOTAL_LABEL_LINE.test(s.lower.slice(0, token.start)) && /^\s*(?:$|[,.;)]|(?:people|by|according)\b)/.test(s.lower.slice(token.end, token.end + 20))) return { rule: 'en-total-label', kind: 'running_total', scope: totalScope(s.lower), scopeYear: scopeYearOf(s.lower) };
  // shares and multiples ("48%", "48 per cent", "10 times") are not counts of people; nor "in two releases"
  // ("342 pardons so far": past a dozen, in a total's sentence, a count of people pardoned)
  const pardonsCounted = token.value > 12 && /^\s*pardons\b/.test(a.after) && totalInSentence(s.lower);
  if (/^\s*(?:%|per ?cent\b|percent\b|times\b|-fold\b)/.test(a.after) || (!pardonsCounted && /^\s*(?:separate\s+|more\s+|further\s+)?(?:releases|rounds|pardons|waves|batches|deals|exchanges|swaps|stages)\b/.test(a.after))) return null;
  // clock times ("11:05", "2 p.m.") are not counts
  if (/\d[:.]$/.test(a.before) || /^[:.]\d|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|cet\b|utc\b|h\b|hrs\b)/.test(a.after)) return null;
  if (token.yearLike) {
    if (/\b(?:since|from)\s+$/.test(a.before) && /\b(?:power|office|rule[sd]?|ruling|in charge|president since)\b/.test(s.lower)) return { rule: 'en-in-power-since', kind: 'in_power_since' };
    return null;
  }
  // the 50 in "aged over 50" names a category; it is part of the figure before it
  if (a.previousToken && token.start - a.previousToken.end < 45 && isAgeThreshold(a.before, a.after)) return null;

  // (the last character before the figure's spaces, found once: the patterns below that end in an English word and
  // spaces are asked only where it is a letter, those that end in a mark only where it is that mark)
  const lastBefore = lastNonSpaceCode(a.beforeBare);
  const letterBefore = lastBefore >= 97 && lastBefore <= 122;
  // ("spent much of the past fifteen years behind bars", "after five years in prison": time served, not a term)
  const timeServed = letterBefore && /\b(?:past|last|after|spent|spends|spending|spend)\s+(?:(?:almost|nearly|more than|over|some|about|around)\s+)?$/.test(a.beforeBare);
  if ((!timeServed && /^\s*-?\s*years?(?:-long)?\s+(?:prison\s+|jail\s+)?(?:sentence|term in prison|prison term|jail term)|^\s*years?\s+(?:in\s+(?:prison|jail|a penal colony)|behind bars)/.test(a.after)) || (letterBefore && /\bsentenced to\s+$/.test(a.beforeBare))
    // ("Tsikhanouski, serving 18 years, …", "had been given 14 years")
    // (the years after the figure asked first: the verb before it is an end-anchored pattern tried from every place)
    || (/^\s*-?\s*years?\b(?!\s+(?:ago|later|earlier|old|of (?:freedom|life|liberty)))/.test(a.after) && /(?<!\b(?:after|having|already|since)\s)\b(?:serving|given|handed|got|received)\s+(?:a\s+|an\s+)?(?:(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+)?$/.test(a.beforeBare))) {
    // (a sentence from another conviction, "sentenced to six years in 2011", "his earlier term": not the KB's, of no one it holds)
    const anotherConviction = /\b(?:19\d\d|20[01]\d)\b|\b(?:previous(?:ly)?|earlier|first|another|second|prior)\b/.test(clauseText(s.lower, token));
    return { rule: 'en-sentence-years', kind: 'sentence_years', subject: anotherConviction ? undefined : personBefore(s.text, token.start) ?? personOfPronoun(s) };
  }
  if (/^\s*-?\s*years?(?:-long|-old)?\s+(?:in power|in office|(?:of (?:his )?)?rule|at the helm|of authoritarian rule|reign)/.test(a.after)
    || (letterBefore && /\b(?:(?:ruled|governed|led|run)(?: belarus| the country)?|(?:been )?in power|in office|at the helm)\s+for\s+$/.test(a.beforeBare) && /^\s*years?\b/.test(a.after))) return { rule: 'en-years-in-power', kind: 'years_in_power' };
  // a duration ("four years of persecution", "21 months") is never a count of people
  if (/^\s*-?\s*(?:years?|months?|weeks?|days?|hours?|decades?)\b/.test(a.after)) return null;
  // ("In May 42 were pardoned": past 31 a number after a month is no day of it)
  // ("In July 18 seriously ill prisoners were released": a count of people after the month, not its day)
  const dateMonth = token.value <= 31 && !PEOPLE_AFTER_DATE.test(a.after) ? monthOfDate(a.before, a.after) : null;
  // ("on Jan. 24, two days before the election": another day, named by its distance from the vote)
  // (the election named near the date: a timeline entry's own date, "18 January 2025 — a decree ahead of the election", is not its day)
  // (and no other day between: "the election was on 26 January, and on 28 January he pardoned 23" dates the pardon)
  if (dateMonth && token.value >= 1 && token.value <= 31 && electionNamedNear(s, token) && EARLIER_ELECTION_EN.test(clauseText(s.lower, token))) return null;
  if (dateMonth && token.value >= 1 && token.value <= 31 && electionNamedNear(s, token) && !/\b(?:days?|weeks?)\s+(?:before|after|ahead of)\s+(?:the\s+)?(?:presidential\s+)?(?:election|vote|poll|ballot)/.test(s.lower)) return { rule: 'en-election-day', kind: 'election_day', month: dateMonth };
  if (dateMonth) return null; // other dates are times, not counts
  if (isRowTotal(s, token)) return { rule: 'en-row-total', kind: 'running_total', scope: 'unspecified' };
  if (isRowSize(s, token, a)) return { rule: 'en-row-size', kind: 'round_size' };

  // (its pattern ends on a bracket: a string test first spares it the text before most figures)
  if (a.before.trimEnd().endsWith('(') && cue.DESTINATION_BEFORE.test(a.before) && s.pardonNearby) return { rule: 'en-destination-before', kind: 'round_destination' };
  // "nine were taken to Lithuania and 114 to Ukraine": the verb said once; "235 were released inside Belarus"
  // ("The split: 114 to Ukraine, nine to Lithuania": a list after a colon, its verb left out)
  if (s.pardonNearby && (ELIDED_DESTINATION.test(a.after) && (DESTINATION_VERB.test(s.lower.slice(0, token.start)) || /:\s*(?:[^:;.]*,\s*)?$/.test(a.beforeBare)) || STAYED_IN_BELARUS.test(a.after))) {
    return STAYED_IN_BELARUS.test(a.after) ? { rule: 'en-stayed-in-belarus', kind: 'round_destination', subject: 'Belarus' } : { rule: 'en-destination-elided', kind: 'round_destination', subject: destinationOf(a.after) };
  }
  // "women account for 11 of the 18", "chronic illnesses affect fourteen of the 20": the category named before the part
  // (the part's "of the …" after it first: one anchored test spares the three end-anchored ones for most figures)
  const categoryBefore = /^\s*(?:of|out of)\s+(?:the|those)\b/.test(a.after) ? CATEGORY_BEFORE_EN.find(([, pattern]) => pattern.test(a.beforeBare))?.[0] : undefined;
  if (categoryBefore && s.pardonNearby && token.value <= 400 && /^\s*(?:of|out of)\s+(?:the|those)\b/.test(a.after)) return { rule: 'en-category-before', kind: categoryBefore };
  // "the latest batch, 16 convicts in all, was pardoned", "those pardoned – 18 in all –": the release counted whole
  if (s.pardon && token.value >= 2 && token.value <= 400 && IN_ALL_APPOSITION.test(a.after) && /[,–—-]\s*(?:[a-z]+\s+)?$/.test(a.beforeBare)) return { rule: 'en-in-all-apposition', kind: 'round_size' };
  // "Eighty have been pardoned so far in 2025, 42 of them on Wednesday": the part of a total that is a day's release
  if (s.pardonNearby && a.previousToken && token.value >= 2 && token.value <= 400 && /^\s*of them\s+(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week|yesterday|today)\b/.test(a.after) && totalInSentence(s.lower)) return { rule: 'en-day-part-of-total', kind: 'round_size' };
  // "569 pardoned since July 2024, 342 of them this year", "861 …, and 269 since January": the part of a total that
  // falls in one year, itself a total of that year
  // "put the year's pardons at 342", "2025's releases numbered 370": a year's count named before its figure
  const yearLabel = s.pardonNearby ? YEAR_LABEL_BEFORE.exec(a.beforeBare) : null;
  if (yearLabel && token.value >= 2) return { rule: 'en-year-label', kind: 'running_total', scope: 'this-year', scopeYear: yearLabel[1] ? Number(yearLabel[1]) : scopeYearOf(s.lower) };
  const yearOfTotal = s.pardonNearby && a.previousToken && YEAR_PART_OF_TOTAL.exec(a.after);
  if (yearOfTotal && totalInSentence(s.lower)) return { rule: 'en-year-part-of-total', kind: 'running_total', scope: 'this-year', scopeYear: yearOfTotal[1] ? Number(yearOfTotal[1]) : scopeYearOf(s.lower.slice(token.end)) };
  // "The 18 include 15 people convicted of extremism, 11 women …": the release named whole before its parts
  if (s.pardonNearby && token.value >= 2 && token.value <= 400 && /\bthe\s+$/.test(a.beforeBare) && /^\s*(?:[a-z]+\s+){0,3}?(?:include|included|includes)\b/.test(a.after)) return { rule: 'en-whole-includes', kind: 'round_size' };
  // "Wednesday's 30 make it 78", "Thursday's 31 bring the total to 146": a day's release, named by its day
  if (s.pardonNearby && token.value >= 2 && token.value <= 400 && (a.beforeBare.includes("'s") || a.beforeBare.includes('’s')) && DAYS_RELEASE_BEFORE.test(a.beforeBare)) return { rule: 'en-days-release', kind: 'round_size' };
  // "the number of prisoners freed on Saturday, 123, was …": the release's count, named before it
  if (s.pardonNearby && token.value >= 2 && token.value <= 400 && NUMBER_RELEASED_BEFORE.test(a.beforeBare)) return { rule: 'en-number-released-before', kind: 'round_size' };
  // ("The last sizeable group, 22 people, was pardoned on 30 December": a group's size set off in apposition)
  if (s.pardonNearby && token.value >= 2 && token.value <= 400 && GROUP_APPOSITION_BEFORE.test(a.beforeBare.slice(-40)) && GROUP_APPOSITION_AFTER.test(a.after)) return { rule: 'en-group-apposition', kind: 'round_size' };
  // "signed three pardon decrees": decrees, which the KB does not count
  // (not "pardoned 16 people by decree": the means of the release the figure counts)
  if (/^\s*(?:[a-z-]+\s+){0,2}(?:pardon\s+|clemency\s+)?decrees?\b/.test(a.after) && !DECREE_AS_MEANS.test(a.after) && s.pardonNearby && !/^\s*(?:people|prisoners|persons|political prisoners|of them)\s+(?:by|under|through|in|with)\s/.test(a.after)) return { rule: 'en-decrees-counted', kind: 'decrees_signed' };
  // "the youngest of those freed is 19", "a 62-year-old": ages
  if (/^-?\s*years?(?:-|\s)old\b/.test(a.after) || (s.lower.includes('youngest') || s.lower.includes('oldest')) && /\b(?:youngest|oldest|aged|age of|is|was)\s+$/.test(a.beforeBare) && /\b(?:youngest|oldest)\b/.test(s.lower)) return null;
  // "11 of the 20 are women", "seventeen of those 32 are parents": the 20 and the 32 are the round, not its women
  if (/\bof the\s+$/.test(a.beforeBare) && /^\s*(?:are|were)\b/.test(a.after) && s.pardonNearby) return { rule: 'en-whole-of-a-part', kind: 'round_size' };
  if (a.previousToken && token.start - a.previousToken.end < 16 && /\b(?:out of|of) (?:the|those|these|all(?: the)?)\s+$/.test(a.beforeBare)) return s.pardonNearby && token.value <= 400 ? { rule: 'en-whole-of-a-part', kind: 'round_size' } : null;
  // every category is named in words: with no letter before the next figure ("1 2 3, 4.5"), none is (a cheap test
  // that spares the eighteen patterns for each figure of a long run of numbers)
  // "fourteen of the 23 suffer from chronic illnesses": the category after the whole is the part's
  // (up to the next figure: "three of those freed are disabled and seventeen are chronically ill")
  // ("(13 of the 23) were older than 50": the aside closes before its category)
  const afterWhole = OF_A_WHOLE.test(a.after) ? a.after.replace(OF_A_WHOLE, ' ').replace(/^\s*\)/, ' ').split(NEXT_FIGURE)[0] : null;
  // ("pardoned 18 prisoners, including a seriously ill opposition figure": the category is one person's)
  const category = /[a-z]/.test(a.afterClipped) && !ONE_PERSON_AFTER.test(a.afterClipped) ? cue.CATEGORY_AFTER.find(([, pattern]) => pattern.test(a.afterClipped) || (afterWhole !== null && pattern.test(afterWhole)))
    // ("six citizens of Lithuania, two of Latvia and one of France": the noun said once, the list goes on with "of")
    ?? (/^\s*of\s/.test(a.afterClipped) && /\b(?:citizens|nationals) of\b/.test(s.lower.slice(0, token.start)) && cue.countryOfNationals(a.afterClipped.slice(0, 30)) ? NATIONALS_CATEGORY : undefined) : undefined;
  // "pardoned 37 prisoners convicted of extremist offences", "32 people convicted under extremism laws were granted
  // clemency": what the whole round was convicted of, not a part of it
  // ("freed 31 and then 32 people": the second figure of a pair shares the first one's verb)
  const pardonedRightBefore = ((letterBefore || lastBefore === 58) && cue.PARDON_VERB_BEFORE.test(a.beforeBare)) || sharesVerbWithPrevious(s, token, a, JOINED_TO_PREVIOUS, cue.PARDON_VERB_BEFORE);
  // "183 out of more than 1,300 political prisoners have been pardoned": the verb governs the part, past the whole
  const pardonedAfter = cue.PARDONED_AFTER.test(a.after) || (/^\s*out of\b/.test(a.after) && cue.PARDONED_AFTER.test(a.after.replace(OUT_OF_WHOLE, ' ')));
  const wholeRound = (category?.[0] === 'round_political' || category?.[0] === 'round_drug_offences') && (pardonedRightBefore || pardonedAfter);
  // a release's make-up is counted in tens, not thousands; and people recognised as prisoners were not released
  const aboutRecognition = !s.pardon && recognisedInSentence(s.lower);
  // a sentence about arrests is not about a release, except where the category is what they were convicted of
  const convictionCategory = category?.[0] === 'round_political' || category?.[0] === 'round_drug_offences';
  // (an arrest before the figure or in its clause: "…, where the service that jailed them watches them" is another's)
  const aboutArrests = () => !s.pardon && cue.ARREST.test(s.lower) && (cue.ARREST.test(s.lower.slice(0, token.start)) || cue.ARREST.test(clauseText(s.lower, token)));
  if (category && !wholeRound && token.value <= 400 && !aboutRecognition && (s.pardonNearby || cue.PRONOUN_GROUP.test(s.lower)) && (convictionCategory || !aboutArrests())) {
    // (a destination names its country: "17 were taken to Lithuania")
    const subject = category[0] === 'round_nationals' ? cue.countryOfNationals(a.afterClipped) : category[0] === 'round_destination' ? destinationOf(a.afterClipped) : undefined;
    // "pardoned 23 Belarusian citizens", "pardoned 31 Ukrainian citizens": the release, named by its people's country,
    // as the Russian and Belarusian readers read it (the frame leaves the group open: a nationals' reading may hold)
    // ("The 52 freed included 38 Belarusians": a part of the whole just named)
    const partOfWhole = partOfNamedWhole(s, a, token);
    if (subject && category[0] === 'round_nationals' && !partOfWhole && (pardonedRightBefore || (pardonedAfter && !AMONG_AFTER.test(a.after))) && token.value >= 2 && !cue.PRONOUN_GROUP.test(a.beforeBare.slice(-30))) return { rule: 'en-round-of-a-country-s-citizens', kind: 'round_size', namedGroup: 'round_nationals' };
    // "freed 18 seriously ill prisoners", "18 seriously ill prisoners were let go": the release, named by what its
    // people share (the frame leaves the group open; a named-group reading may hold), unless it is a part ("among them")
    if (!subject && token.value >= 2 && (pardonedRightBefore || pardonedAfter || /^\s*(?:[a-z-]+\s+){1,3}(?:prisoners|detainees|convicts|inmates)\s+(?:were|have been|had been)\s+let go\b/.test(a.after))
      && ADJECTIVE_BEFORE_PEOPLE.test(a.after) && !cue.PRONOUN_GROUP.test(a.beforeBare.slice(-30))) return { rule: 'en-release-of-a-named-group', kind: 'round_size', namedGroup: category[0] };
    const qualifiedBy = narrowedBy(category, a.afterClipped);
    // ("15 of them are political prisoners": those of the freed a rights group recognises, as "из них 15 — политзаключённые")
    if (category[0] === 'round_political' && POLITICAL_OF_THEM_AFTER.test(a.after)) return { rule: 'en-political-of-them', kind: 'round_political' };
    return subject ? { rule: 'en-category-after', kind: category[0], subject } : qualifiedBy ? { rule: 'en-category-after', kind: category[0], qualifiedBy } : { rule: 'en-category-after', kind: category[0] };
  }

  if (/^[^.;]{0,40}?\b(?:into exile|in exile|to flee (?:the country|belarus|abroad)|fled (?:the country|belarus|abroad)|(?:to leave|have left|left) (?:the country|belarus)|abroad)\b/.test(a.after) && /\b(?:forc\w*|fled|flee\w*|exile|driven)\b/.test(s.lower)) return { rule: 'en-exiled', kind: 'exiled' };
  if (/\b(?:arrested|detained)\s+$/.test(a.beforeBare) || /^\s*(?:people|persons|individuals|protesters|demonstrators)?\s*(?:were|have been|had been)?\s*(?:arrested|detained)\b/.test(a.afterClipped)) {
    if (/\b(?:last|past|this|that|the same|a single) week\b/.test(s.lower)) return { rule: 'en-arrested-last-week', kind: 'arrested_last_week' };
    // the mass arrests after a disputed election: named by their scale and a year, or by the protests
    if ((token.value >= 1000 && /\b(?:19|20)\d{2}\b/.test(s.lower)) || /\bprotest|\bunrest|\bcrackdown|\bdemonstrat/.test(s.lower)) return { rule: 'en-arrested-crackdown', kind: 'arrested_crackdown' };
    return null;
  }
  const afterBare = a.after.replace(/\([^)]*\)\s*/g, '');
  // "605 people recognised as political prisoners have received a pardon since 2020": those of the recognised who were
  // pardoned, a total over the span the sentence names
  if (s.pardonNearby && afterBare.includes('recogni') && RECOGNISED_THEN_PARDONED.test(afterBare)) return { rule: 'en-recognised-then-pardoned', kind: 'running_total', scope: cue.OTHER_PERIOD.test(s.lower) ? 'other' : totalScope(s.lower), scopeYear: sinceYearOf(s.lower) };
  // ("3,600 people have been declared political prisoners": recognised, in other words)
  if ((recognitionInSentence(s.lower) && /^\s*(?:more\s+|new\s+|other\s+)?(?:people|persons|belarusians|individuals)?\s*(?:(?:have been|were|are|had been)\s+)?(?:recogni[sz]ed\s+)?as\s+political prisoners/.test(afterBare))
    || /^\s*(?:more\s+|new\s+|other\s+)?(?:people|persons|belarusians|individuals)?\s*(?:have been|were|are|had been)\s+(?:declared|designated|classed as|classified as)\s+political prisoners/.test(afterBare)) {
    // "Viasna recognised another 12 people as political prisoners": this week's, not everyone's since 2020
    // ("This week we recognised 21 people …", "During the month, 41 people were recognised …": a week's or a month's)
    if (NEWLY_RECOGNISED.test(a.beforeBare) || (token.value <= 400 && (/^\s*(?:more|new)\b/.test(afterBare) || RECOGNITION_PERIOD.test(s.lower)))) return { rule: 'en-newly-recognised', kind: 'newly_recognised' };
    // ("4,499 have been recognised as political prisoners, and 1,140 remain behind bars": "now" is read up to the end of
    // the figure's own clause)
    // ("… are recognised as political prisoners and remain behind bars": an "and" with no figure after it joins the same clause)
    const clauseEnd = a.after.search(/[;,]\s|\s(?:but|while|whereas)\s|\sand\s(?=[^,;.]*\d)/);
    return { rule: 'en-recognised-count', kind: heldNowNotCumulative(s.lower.slice(0, token.end) + (clauseEnd < 0 ? a.after : a.after.slice(0, clauseEnd)), s.lower) ? 'prisoners_held' : 'recognised_total' };
  }
  if (/^\s*(?:people|persons|belarusians|individuals)?\s*(?:have been|were|had been)\s+(?:granted|given|awarded)\s+(?:the\s+)?political[- ]prisoner status/.test(afterBare)) return { rule: 'en-recognised-status', kind: 'recognised_total' };

  // "115 out of more than 1,300 political prisoners": the 1,300 is the whole the part is taken from
  if (/\bout of\s+$/.test(a.beforeBare)) return token.value > 400 && /^\s*(?:political\s+)?(?:prisoners|captives|detainees)\b/.test(a.after) ? { rule: 'en-whole-of-those-held', kind: 'prisoners_held' } : null;
  const peopleAfter = cue.PEOPLE_AFTER.test(a.after);
  // ("Since July 2024, when the first 18 were freed, …": the when-clause tells of the start, not of the total)
  const inWhenOfStart = a.beforeBare.includes('when') && /\b(?:since|from)\s+[^,;.]{0,30},\s*when\b[^,;]*$/.test(a.beforeBare);
  if (s.pardonNearby && totalInSentence(s.lower) && !/\bthis month\b/.test(s.lower) && !inWhenOfStart) {
    const sinceCue = sinceCueApplies(s.lower, token, s.monthCues.length > 0);
    // "a total of 250 … walked free on Thursday", "In all, some 250 … walked out on Thursday": one day's release,
    // counted whole, not a total since a start
    const oneDay = /(?:\ba total of|^(?:in all|in total|altogether|all told),?)\s+$/.test(a.beforeBare) && ONE_DAY_AFTER.test(a.after) && !/\b(?:since|so far|to date|this year)\b/.test(s.lower.replace(SUPERLATIVE_SPAN, ''));
    // "has pardoned 227 people in all": a total; "among the 20 pardoned" is a group already named, not a total
    const totalAfter = /^\s*(?:people\s+|prisoners\s+|persons\s+)?(?:in all|in total|altogether)\b/.test(a.after);
    const namedGroup = /\b(?:among|of) the\s+$/.test(a.beforeBare);
    // "Viasna's tally of 1,150 political prisoners": the count of those held, when no release verb governs the figure
    const heldTally = !pardonedRightBefore && !pardonedAfter && HELD_NOUN_AFTER.test(a.after);
    // ("365 were pardoned in 2025, and 592 since July 2024": the second total, its verb said once)
    const secondTotal = sinceCue && a.previousToken !== undefined && /\band\s+$/.test(a.beforeBare) && /^\s*(?:people\s+|more\s+)?since\b/.test(a.after);
    // ("pardoned since July 2024: about 570", the answer to "How many have been pardoned since July 2024?")
    // ("This year, 25 were freed on Tuesday alone": a day's release, its span the year's)
    const dayAfter = () => ONE_DAY_AFTER.test(a.after) && !/^[^.;,]{0,40}?\b(?:since|so far|to date)\b/.test(a.after);
    const verbThenSpan = sinceCue && /\b(?:pardoned|freed|released)\s+since\b[^.;,]{0,30}$/.test(a.beforeBare);
    // ("By our count, 207 since July.", "Since July 2024 it is about 570.", "This year alone: 269", "and 269 so far this year":
    // a total with its span beside it, the verb left out)
    const spanBeside = token.value >= 10 && !heldTally && !dayAfter() && (TOTAL_SPAN_RIGHT_BEFORE.test(a.beforeBare.slice(-50)) || TOTAL_SPAN_RIGHT_AFTER.test(a.after)) && !cue.ARREST.test(s.lower);
    if ((cue.TOTAL_BEFORE.test(a.beforeBare) && !oneDay && !heldTally) || totalAfter || secondTotal || verbThenSpan || spanBeside || (sinceCue && !namedGroup && !dayAfter() && (pardonedRightBefore || pardonedAfter || pardonsCounted))) return { rule: 'en-total-cue', kind: 'running_total', scope: totalScopeOf(s, token), scopeYear: scopeYearOf(s.lower) };
  }
  // ("Last year, 365 people were pardoned", "pardoned 365 people last year": the year before the page's, in hundreds)
  if (s.pardonNearby && token.value >= 150 && !s.monthCues.length && (/\blast year\b(?!'s|’s),?[^,;.]{0,30}$/.test(a.beforeBare) || /^[^,;.]{0,40}\blast year\b(?!'s|’s)/.test(a.after)) && (pardonedRightBefore || PARDONED_RIGHT_AFTER.test(a.after))) {
    return { rule: 'en-total-of-last-year', kind: 'running_total', scope: 'this-year', lastYear: true };
  }
  // "Of the 365 people pardoned in 2025", "he pardoned 365 people in 2025": a year's count, where no month names a release
  // ("Over 2025, 365 people were pardoned": the year before the figure)
  // (a year's digits must stand in the words after the figure, or end the words before it: the cheap tests first)
  const inYear = (((a.after.includes('19') || a.after.includes('20')) && /^\s*(?:(?:people|prisoners|political prisoners|persons)\s+)?(?:(?:were|have been|had been)\s+)?(?:(?:pardoned|freed|released)\s+|(?:have|has|had)\s+(?:been\s+)?(?:received|granted|given)\s+(?:pardons?|clemency)\s+)?in\s+((?:19|20)\d\d)\b(?!['’])(?!\s*(?:,|and)?\s*(?:when|after|before))/.exec(a.after)) || null)
    ?? ((lastBefore >= 48 && lastBefore <= 57) || lastBefore === 44 ? /(?:^|[.;:]\s*|,\s*)(?:in|over|during|throughout)\s+(?:the\s+(?:whole\s+)?(?:course\s+of\s+)?)?((?:19|20)\d\d),?\s*$/.exec(a.beforeBare) : null)
    // ("Over the year, 365 people were pardoned": the page's year, in hundreds)
    ?? (token.value >= 150 ? /(?:^|[.;:]\s*|,\s*)(?:over|during|throughout|in the course of) the (?:whole |entire )?year(),?\s*$/.exec(a.beforeBare) : null);
  // ("Together with the woman pardoned on 19 February, 19 people have received pardons in 2026": a month past a comma
  // before the figure is another clause's)
  if (inYear && s.pardonNearby && token.value >= 2 && (pardonedRightBefore || PARDONED_RIGHT_AFTER.test(a.after) || RECEIVED_PARDONS_AFTER.test(a.after)) && !s.monthCues.some((c) => !c.asOf && ((c.at > token.start - 60 && c.at < token.start && !(RECEIVED_PARDONS_AFTER.test(a.after) && s.lower.slice(c.end, token.start).includes(','))) || (c.at >= token.end && c.at - token.end < 25)))) {
    return { rule: 'en-total-of-a-year', kind: 'running_total', scope: 'this-year', scopeYear: inYear[1] ? Number(inYear[1]) : undefined };
  }
  // a round of pardons is small; its size is what the release verb governs
  // ("Lukashenka let 123 prisoners go": the verb around the figure)
  // ("came the largest decree of the year so far: 42 people, …": the decree named, then its people after a colon)
  // (one decree, not a count of pardons: "Pardons so far this year: 19" is a total)
  const decreeThenColon = /\b(?:decree|pardon)\b[^.;:\d]{0,60}:\s*$/.test(a.beforeBare) && /^\s*(?:people|prisoners|persons|political prisoners)?\s*(?:$|[,;.(—–-])/.test(a.after) && !cue.TOTAL.test(s.lower.replace(SUPERLATIVE_SPAN, ''));
  // ("Belarus frees opposition figure Tsikhanouski and 13 others": the verb before a name of a few words)
  const andOthersOfVerb = /^\s*others?\b/.test(a.after) && /\b(?:free[sd]?|releas(?:ed|es)|pardon(?:ed|s)|let go of)\s+(?:[\p{L}'’.-]+\s+){1,5}(?:and|with)\s+$/u.test(a.beforeBare);
  const letGo = /\blets?\s+$/.test(a.beforeBare) && /^\s*(?:[a-z-]+\s+){0,2}go\b/.test(a.after);
  // "14 in June, 52 in September and 123 on 13 December": a list of releases named by their months, the verb said once
  // (the verb may be the paragraph's when the list follows a colon: "The bigger groups came out of talks: 14 in June, …")
  const perMonth = (s.pardon || (s.pardonNearby && /:[^.;]*$/.test(a.beforeBare))) && COUNT_IN_MONTH_AFTER.test(a.after) && /(?:[:;,]|\band)\s*$/.test(a.beforeBare) && !cue.ARREST.test(s.lower);
  // ("…, and at the beginning of September another 30.": the verb said before, the count at the clause's end)
  // ("… and another 30 in early September": or its month after it)
  const anotherAtEnd = s.pardon && /\b(?:another|a further)\s+$/.test(a.beforeBare) && (/^\s*(?:[.;,]|$)/.test(a.after) || cue.ITEM_TIME_AFTER.test(a.after));
  // ("The releases went on: in September, 52; on 13 December, 123": a list's items named by their time, the verb said once)
  // ("Before Victory Day, 42.", "For Independence Day - 16 people": an occasion or a date opening the item)
  const markBefore = lastBefore === 44 || lastBefore === 58 || lastBefore === 0x2014 || lastBefore === 0x2013 || lastBefore === 45;
  const timeItem = s.pardonNearby && markBefore && (cue.ITEM_TIME_BEFORE.test(a.beforeBare) || (/(?:,|:|\s[—–-])\s*$/.test(a.beforeBare) && timeInItem(s, token, true))) && /^\s*(?:(?:more\s+)?(?:people|prisoners|persons)\s*)?(?:$|[;.,)]|and\b)/.test(a.after) && !cue.ARREST.test(s.lower)
    || (s.pardonNearby && (markBefore || lastBefore === 100) && /(?:[,:]|\s[—–-]|,?\sand)\s*$/.test(a.beforeBare) && datedTail(s, token, a.after) && !cue.ARREST.test(s.lower));
  // ("twice in September (30 and 37)": the second of a pair in brackets; "a decree in mid-September covered 37")
  const bracketPair = /\(\s*[\d,]+\s+(?:and|or)\s+$/.test(a.before);
  // ("the New Year decree added 22 more": a decree's people, added to a count)
  const decreeCovered = /\bdecree\b[^.;]{0,60}\b(?:covered|covers|covering|applied to|applies to|affected|affects|added|adds)\s+(?:another\s+|a further\s+)?$/.test(a.beforeBare);
  // ("Pardoned by Lukashenka on Monday were 37 people", "the group of 14", "the 52 people, who were pardoned as part of …")
  const inverted = /^\s*(?:pardoned|freed|released)\b[^.;]{0,60}\b(?:were|was)\s+$/.test(s.lower.slice(0, token.start));
  const groupOf = /\bthe (?:(?:latest|last|newest|new|most recent|recent|next|first|second|third|final)\s+)?(?:group|batch|list|wave) of\s+$/.test(a.beforeBare) || /^\s*(?:people|prisoners)?\s*,\s*who (?:were|had been|have been) (?:pardoned|freed|released)\b/.test(a.after);
  // ("Forty-two: that is how many people the decree covers", "Saturday's release, of 132 prisoners, …", "the number of those
  // pardoned, the press service said, was 22")
  const namedAfter = (token.start <= 3 && THAT_IS_HOW_MANY.test(a.after)) || RELEASE_OF_BEFORE.test(a.beforeBare) || NUMBER_OF_THOSE_WAS.test(a.beforeBare);
  // ("… 123 on 13 December and 22 more on 30 December": the verb said once for both)
  // (not "a decree covering 30 people, and two more in September, when 30 and 37 were pardoned": what follows counts the people)
  const elidedPair = s.pardon && !!a.previousToken && !cue.ARREST.test(s.lower) && ELIDED_PAIR_BEFORE.test(a.beforeBare) && ELIDED_PAIR_AFTER.test(a.after)
    && !s.tokens.some((t) => t.start > token.end && !t.yearLike && !isDateDay(s, t) && !/^\s*(?:days?|weeks?|months?)\b/.test(s.lower.slice(t.end, t.end + 8)));
  const governed = elidedPair || pardonedRightBefore || pardonedAfter || andOthersOfVerb || decreeThenColon || letGo || perMonth || anotherAtEnd || timeItem || bracketPair || decreeCovered || inverted || groupOf || namedAfter || /\(\s*$/.test(a.before) || /\b(?:of|among) the\s+$/.test(a.beforeBare) || (s.pardon && LIST_GOES_ON.test(a.beforeBare));
  // ("The eighth group included 20 people": a round named by its place in the count, then what it held)
  if (s.pardonNearby && a.previousToken?.ordinal && token.value >= 2 && token.value <= 400 && /\b(?:group|batch|round|wave)\s+(?:included|comprised|numbered)\s+$/.test(a.beforeBare)) return { rule: 'en-round-by-its-place', kind: 'round_size' };
  // "Belarus has now pardoned 115 political prisoners": a count up to now, the total
  if (s.pardonNearby && /\b(?:has|have) now (?:pardoned|freed|released)\s+(?:(?:a total of|some|about|more than|over)\s+)?$/.test(a.beforeBare)) return { rule: 'en-total-has-now', kind: 'running_total', scope: totalScopeOf(s, token), scopeYear: scopeYearOf(s.lower) };
  // "200 people have now been released": a count up to now, said without its start; neither a round nor a total we can place
  if (pardonedAfter && /^[^.;]{0,40}?\b(?:have|has) (?:now|already) been\b/.test(a.after) && !totalInSentence(s.lower) && !cue.OTHER_PERIOD.test(s.lower)) return null;
  // ("one of 1,300 political prisoners" is the whole of those held; "one of 14 prisoners freed" is the release)
  if (s.pardonNearby && governed && (!/\bone of\s+$/.test(a.beforeBare) || pardonedAfter)) {
    // (not a superlative's span, "the largest release since 2020")
    // ("eighteen pardoned, 605 since 2020": a span after another figure is that figure's)
    const spanned = figureSpan(s, token).replace(SUPERLATIVE_SPAN, '');
    if (cue.OTHER_PERIOD.test(spanned)) return { rule: 'en-total-other-period', kind: 'running_total', scope: 'other', scopeYear: sinceYearOf(spanned) };
    // ("Among the 23 pardoned were two residents of Hrodna": some of the whole just named, of a group the KB does not count)
    if (partOfNamedWhole(s, a, token)) return null;
    // a round is a group: one person's release is news about a person
    if (token.value <= 400 && token.value >= 2) return timeItem && !s.pardon ? { rule: 'en-dated-list-item', kind: 'round_size', listItem: true } : { rule: 'en-round-size', kind: 'round_size' };
  }
  // a count of those still held: "1,278 political prisoners remain", "at least 1,253 … remain behind bars"
  const heldNoun = peopleAfter || /^\s*(?:people\s+)?(?:whom|who|that)\b/.test(a.after);
  // ("rights groups say more than 1,100 remain behind bars": the monitors' count, its noun left implicit)
  // ("Viasna's count stood at 1,265", "the group put the number at 1,135": a monitor's own count, its noun implicit)
  const monitorsCount = token.value > 400 && rightsMonitorInSentence(s.lower) && MONITOR_COUNT_BEFORE.test(a.beforeBare);
  // ("set it beside the 1,244 people the same groups still count behind bars": hundreds still held, on a page of pardons)
  // (an exact count, as monitors give it: "the roughly 1,000 still held" in an envoy's hope is his estimate)
  // ("more than a thousand remain behind bars": a round figure as a bound, not an estimate to judge closely)
  const lowerBound = /\b(?:more than|over|at least|upwards of|in excess of)\s+$/.test(a.before);
  const stillHeld = token.value > 400 && token.value < 5000 && (token.value % 100 !== 0 || lowerBound) && s.pardonNearby && STILL_HELD_AFTER.test(a.after);
  // ("How many political prisoners remain? … The count stood at 1,158": a thousand and more, the count of the sentence
  // before's prisoners, said with the words of a count)
  const countOfPrevious = token.value >= 1000 && token.value < 2000 && !pardonedRightBefore && !pardonedAfter && COUNT_WORD.test(s.lower) && cue.POLITICAL_PRISONERS.test(s.previous) && !cue.ARREST.test(s.lower) && PEOPLE_OR_NOTHING_AFTER.test(s.lower.slice(token.end, token.end + 40));
  const aboutPrisoners = politicalPrisonersInSentence(s.lower) || (token.value > 400 && cue.HELD_AFTER.test(a.after) && rightsMonitorInSentence(s.lower)) || monitorsCount || stillHeld || countOfPrevious;
  // "the number of political prisoners stands at 1,140", "some of the 1,244 political prisoners": the count itself
  const countsHeld = monitorsCount || stillHeld || countOfPrevious || (heldNoun && cue.HELD.test(s.lower)) || cue.HELD_AFTER.test(a.after) || HELD_COUNT_BEFORE.test(a.beforeBare)
    || (token.value > 400 && /\b(?:the|the country(?:'s|’s)|belarus(?:'s|’s|')?)\s+$/.test(a.beforeBare) && /^\s*political prisoners\b/.test(a.after));
  // a count of over 400 held for their politics is never a round's, even in a sentence that says "pardon"
  // ("45 political prisoners among those freed": those of another group, not the country's count)
  const amongAGroup = token.value <= 400 && /^\s*(?:political\s+)?prisoners\s+(?:were\s+)?among\b/.test(a.after);
  // ("1,185 political prisoners, up from at least 1,131 at the end of December": the count before, dated by its words)
  if (token.value > 400 && /\b(?:up|down) from\s+$/.test(a.beforeBare) && politicalPrisonersInSentence(s.lower)) return { rule: 'en-held-count-before', kind: 'prisoners_held' };
  // ("welcomes the release today of 123 people held for political reasons": those the release freed)
  // ("605 political prisoners pardoned since 2020": those freed, not those held)
  const freedNoun = /^\s*(?:political\s+)?prisoners\s+(?:(?:have|had)\s+been\s+|were\s+)?(?:pardoned|released|freed)\b/.test(a.after);
  if (aboutPrisoners && countsHeld && !amongAGroup && !freedNoun && !RELEASE_OF_BEFORE.test(a.beforeBare) && ((!pardonedRightBefore && !pardonedAfter) || token.value > 400)) return { rule: 'en-held-count', kind: 'prisoners_held' };
  // ("Viasna's list has about 1,200 names", "Rights defenders list roughly 1,300 people as political prisoners": the list's length)
  if (token.value > 400 && token.value < 5000 && ((LIST_HAS_BEFORE.test(a.beforeBare) && /^\s*names\b/.test(a.after)) || (/\blists?\s+$/.test(a.beforeBare) && /^\s*(?:people|names)\s+as\s+political prisoners\b/.test(a.after)))) return { rule: 'en-held-list', kind: 'prisoners_held' };
  return null;
}

/** people counted right after a month: "In July 18 seriously ill prisoners were released", "in August 30 people were pardoned" */
const PEOPLE_AFTER_DATE = /^\s*(?:[a-z-]+\s+){0,2}(?:people|prisoners|political prisoners|detainees|convicts|inmates|persons)\s+(?:were|have|had)\b/;
/** the country those freed were taken to, named right after their count: "17 were taken to Lithuania", "nine to Vilnius" */
const DESTINATION_COUNTRIES: [RegExp, string][] = [
  [/^[^.;,]{0,50}?\b(?:to|into) (?:lithuania|vilnius)\b/, 'Lithuania'], [/^[^.;,]{0,50}?\b(?:to|into) (?:ukraine|kyiv|kiev)\b/, 'Ukraine'],
  [/^[^.;,]{0,50}?\bto (?:poland|warsaw)\b/, 'Poland'], [/^[^.;,]{0,50}?\bto (?:latvia|riga)\b/, 'Latvia'], [/^[^.;,]{0,50}?\bto germany\b/, 'Germany'],
];
function destinationOf(after: string): string | undefined {
  return DESTINATION_COUNTRIES.find(([pattern]) => pattern.test(after))?.[1];
}

/** a count, then the month or the day it happened: "14 in June", "123 on 13 December" */
// ("23 and 15 before the January election, 42 ahead of Victory Day": the items of a list named by their occasions too)
const COUNT_IN_MONTH_AFTER = new RegExp(String.raw`^\s*(?:and\s+\d{1,3}\s+)?(?:people\s+)?(?:(?:in|on)\s+(?:(?:early|mid|late)[-\s]+)?(?:\d{1,2}\s+)?(?:${cue.MONTHS.join('|')})\b|(?:ahead of|before|for|on the eve of)\s+(?:the\s+)?(?:victory day|independence day|(?:national\s+)?unity day|new year|christmas|(?:january\s+|presidential\s+)?election|vote)\b)`);

/** "18 prisoners, including a seriously ill …": a person named after the count, not a part of it */
// ("eighteen prisoners, several of them seriously ill": the category is a part's, named in an aside)
const ONE_PERSON_AFTER = /^\s*(?:(?:political\s+)?(?:prisoners|people|persons|convicts|detainees|inmates)\s*)?,\s*(?:(?:including|among them|among whom) (?:a|an|one)\b|(?:several|some|many|most|a few|few|half|one|none|two|three|four|five) of (?:them|whom)\b)/;
/** "recognised another 12", "has recognised 7 more": a recognition of the week, not the count since 2020 */
/** a figure first, then what it counts: "Forty-two: that is how many people the decree … covers" */
const THAT_IS_HOW_MANY = /^\s*[:—–-]\s*that(?:'s|’s| is| was) how many\b[^.;]{0,60}?\b(?:pardon\w*|fre(?:e|ed|es)|releas\w*|let go|covers?|covered|walked)\b/;
/** "the number of those pardoned, the press service said, was": the release counted, named before its figure */
const NUMBER_OF_THOSE_WAS = /\b(?:number|count) of (?:those|people|prisoners) (?:pardoned|freed|released)\b[^.;]{0,50}?\b(?:was|is|stood at|stands at)\s+$/;
/** the same in Russian and Belarusian: "Двадцать пять — столько человек помиловал …", "Дваццаць пяць — столькі чалавек памілаваў" */
const SO_MANY_AFTER_CY = /^\s*[—–:-]\s*(?:столько|столькі)\s+(?:[\p{L}]+\s+){0,3}?(?:помилова|памілава|освобод|вызвал|вышл|выйшл|отпуст|адпус)/u;
/** "three Poles were among those freed": a part of the release, not the release */
const AMONG_AFTER = /^\s*(?:[a-z.]+\s+){0,2}(?:were|are|was)\s+(?:also\s+)?among\b/;
/** a week's or a month's recognitions */
const RECOGNITION_PERIOD = /\b(?:(?:this|last|that|the past|the same) (?:week|month)|during the (?:week|month)|in the (?:past|last) (?:week|month))\b/;
const NEWLY_RECOGNISED = /\brecogni[sz]e[sd]?\s+(?:another|a further|an additional)\s+$/;
/** a verb of change before "до"/"да" and the figure: "довело … до", "выросло до", "снизилось до", "вырасла да" */
const CHANGED_TO_BEFORE_CY = /(?:довел\p{L}*|давял\p{L}*|давяло|выросл\p{L}*|увеличил\p{L}*|вырасл\p{L}*|павялічыл\p{L}*|снизил\p{L}*|сократил\p{L}*|скараціл\p{L}*|знізіл\p{L}*)[^.;!?]{0,50}(?:до|да)\s+$/u;
/** "довело число освобождённых до 178", "число помилованных с июля достигло 861", "колькасць вызваленых дасягнула": a total */
// ("колькасьць" in the classic spelling; "агульная колькасць з ліпеня 2024 года дасягнула 307": the count named by its span)
/** "общий итог с июля 2024 года достигает 592": a total said to reach its figure now, too */
const TOTAL_REACHED_BEFORE_CY = /(?:(?:довел\p{L}*|давял\p{L}*|давяло)\s+(?:общее\s+|агульную\s+|агульны\s+)?(?:число|количество|колькась?ць|лік)\s+(?:\p{L}+\s+){0,4}(?:до|да)|(?:число|количество|колькась?ць|лік|итог|вынік)\s+(?:(?:помилованн|освобожд|вызвален|памілаван)\p{L}*|(?:с|з)\s+(?:июля|ліпеня))\s+(?:[\p{L}\d]+\s+){0,4}(?:достигло|достигнет|достигает|составило|составляет|дасягае|выросло до|увеличилось до|дасягнула|дасягнуў|склала|складае|вырасла да|павялічылася да|павялічыўся да))\s+$/u;
/** a number word between a figure and the category after it ("— три женщины"): the category is that word's */
const NUMBER_WORD_BEFORE_CATEGORY_CY = /^(?:(?!женщин|мужчин|жанчын|мужчын)[^\d.;]){1,30}?[^\p{L}](?:один|одна|два|две|двое|три|трое|четыре|четверо|пять|пятеро|шесть|шестеро|семь|семеро|восемь|девять|десять|\p{L}+надцать|двадцать|тридцать|сорок|адзін|адна|дзве|тры|чатыры|чацвёра|пяць|пяцёра|шэсць|шасцёра|сем|сямёра|дзевяць|дзесяць|\p{L}+наццаць|дваццаць|трыццаць|сорак|\d+)\s+(?:женщин|мужчин|жанчын|мужчын)/u;
/**
 * NUMBER_WORD_BEFORE_CATEGORY_CY.test(after): its category word stands after white space, at the fourth character at the
 * earliest (a character, one that is no letter, a figure's word, then the space), looked for first; most figures have
 * their category right after them ("5 женщин"), where the pattern cannot match.
 */
function numberWordBeforeCategoryCy(after: string): boolean {
  SPACED_WOMEN_OR_MEN_CY.lastIndex = 3;
  return SPACED_WOMEN_OR_MEN_CY.test(after) && NUMBER_WORD_BEFORE_CATEGORY_CY.test(after);
}
const SPACED_WOMEN_OR_MEN_CY = /\s(?:женщин|мужчин|жанчын|мужчын)/g;
/** a category named before "N из M": "на долю женщин приходится 11 из 18", "хроническими заболеваниями страдают 14 из 20" */
const CATEGORY_NAMED_BEFORE_CY: [ClaimKind, RegExp][] = [
  ['round_women', /(?:на долю женщин приходится|женщин(?:ы)? составляют|жанчыны складаюць|на (?:долю )?жанчын прыпадае)\s+$/u],
  ['round_men', /(?:на долю мужчин приходится|мужчин(?:ы)? составляют|мужчыны складаюць|на (?:долю )?мужчын прыпадае)\s+$/u],
  ['round_chronically_ill', /(?:хроническими (?:заболеваниями|болезнями) страдают|хранічныя (?:хваробы|захворванні) маюць|на хранічныя хваробы пакутуюць)\s+$/u],
  // ("Детей воспитывают 17 из помилованных", "Дзяцей выхоўваюць 17 з памілаваных")
  ['round_with_children', /(?:(?:несовершеннолетних |малолетних )?детей воспитывают|(?:непаўналетніх |малых )?дзяцей выхоўваюць|дети есть у|дзеці ёсць у)\s+$/u],
];
/** "у 11 из них несовершеннолетние дети", "у 11 з іх ёсць дзеці" */
const CHILDREN_OF_THEM_CY = /^\s*(?:из них|з іх)\s+(?:есть\s+|ёсць\s+)?(?:несовершеннолетние\s+|непаўналетнія\s+|малолетние\s+)?(?:дети|дзеці)/u;
const U_BEFORE_FIGURE_CY = /(?:^|[^\p{L}])[уў]\s+$/u;
/** "в восьмую группу вошли 20", "у сёмую ўвайшлі 29": what a round named by its place held */
const ENTERED_ROUND_CY = /^\s*(?:(?:групп|груп|волн|хвал|раунд|этап|парти|спіс|список)\p{L}*\s+)?(?:вошл[иоа]|[уў]вайшл[іо])\s+$/u;
/** a total's span right before its figure, the verb left out: "since July 2024 it is about", "this year alone:", "and" */
const TOTAL_SPAN_RIGHT_BEFORE = /(?:^|[,;:.—–]\s*|\band\s+)(?:(?:by (?:our|this agency's|its|their) count|in all|in total),?\s+)?(?:since july(?: 2024)?|so far this year|this year(?: alone)?|in (?:19|20)\d\d alone)(?:,?\s+(?:it is|it was|the figure is|that is|the total is)(?: now)?)?\s*[:—–,-]?\s*$/;
/** … or right after it: "207 since July.", "269 so far this year", "227 — people freed under the pardons since July" */
const TOTAL_SPAN_RIGHT_AFTER = /^\s*(?:people\s+|prisoners\s+)?(?:[—–-]\s*(?:people\s+)?(?:freed|pardoned|released)\s+(?:under the pardons\s+)?)?(?:since july(?: 2024)?|so far this year|this year(?: alone)?)\s*(?:[.;,)]|$)/;
/** "Viasna's list has", "whose own lists run to some", "the list held": a list of political prisoners, its length next */
const LIST_HAS_BEFORE = /\blists?\b[^.;]{0,30}\b(?:has|have|had|holds?|held|contains?|runs? to|ran to|numbers?|numbered)\s+(?:some\s+)?$/;
const RANGE_FROM_BEFORE = /(?:^|[^\p{L}])(?:from|ад|от)\s+$/u;
const RANGE_TO_NEXT = /^\s*(?:to|да|до)\s+$/u;
const ONE_OF_BEFORE_NEXT = /^\s*(?:of(?:\s+the)?|из|з|зь|са|со)\s+$/u;
const POLITICAL_OF_THEM_AFTER = /^\s*of (?:them|those(?:\s+(?:pardoned|freed|released))?)\s+(?:are|were)\s+(?:(?:recogni[sz]ed\s+)?(?:as\s+)?political prisoners|on (?:its|the|their|viasna\W?s) list)\b/;
/** "Among the 23 pardoned were …", "The 52 freed included …": the figure is a part of the whole named right before it */
function partOfNamedWhole(s: SentenceContext, a: Around, token: NumberToken): boolean {
  return a.previousToken !== undefined && AMONG_THE_WHOLE_WERE.test(s.lower.slice(Math.max(0, a.previousToken.start - 12), token.start));
}
const AMONG_THE_WHOLE_WERE = /\b(?:(?:among|of) (?:the|those)\s+[\d,]+\s+(?:[a-z]+\s+){0,2}(?:were|are|was|is|included|include|includes)|the\s+[\d,]+\s+(?:[a-z]+\s+){0,2}(?:included|include|includes))\s+$/;
/** "20 из них — политзаключённые", and "20 помилованных — политзаключённые": of the freed, those recognised */
// ("15 из 18 помилованных — политзаключённые", "15 з памілаваных — палітвязні": the part before the whole)
const POLITICAL_OF_THEM_AFTER_CY = /^\s*(?:из них|зь? іх|с них|(?:(?:из|з|са|со)\s+(?:\d+\s+)?)?(?:помилованн|освобожд[её]нн|памілаван|вызвален)\p{L}*)\s*[—–-]\s*(?:политзаключ|палітвяз(?:ь?н|ень))/u;
const POLITICAL_AFTER_DASH_CY = /^\s*[—–-]\s*(?:политзаключ|палітвяз(?:ь?н|ень))/u;
const AMONG_A_WHOLE_AFTER_CY = /^\s*(?:[\p{L}-]+\s+){0,3}(?:среди|сярод)\s+\d/u;
const AMONG_A_WHOLE_BEFORE_CY = /(?:среди|сярод)\s+\d+\s+\p{L}+\s*[—–:-]\s*$/u;
const ELIDED_COUNTRY_AFTER_CY = /^\s*[—–-]\s*/u;
const CITIZENS_BEFORE_CY = /(?:граждан|грамадзян|подданн|падданн)\p{L}*/u;
const EQUAL_SPLIT_AFTER_CY = /^\s*(?:\p{L}+\s*)?[—–,:-]?\s*(?:поровну|пароўну|напалову|пополам|па палове|по половине)(?![\p{L}])/u;
/** (the nouns alone, a flat scan that spares most figures the anchored pattern) */
const NOT_PEOPLE_HINT_CY = /организаци|арганізацы|стран|краін|государств|дзяржаў|СМИ|смі|издани|выданн|книг|кніг|фильм|фільм|альбом|экземпляр|асобнік/u;
const NOT_PEOPLE_AFTER_CY = /^\s*(?:[\p{L}-]+\s+)?(?:организаци|арганізацы|стран|краін|государств|дзяржаў|СМИ|смі|издани|выданн|книг|кніг|фильм|фільм|альбом|экземпляр|асобнік)/u;
const GROUP_OF_BEFORE_CY = /(?:групп|груп|парти)\p{L}*\s+(?:из|з)\s+$/u;
/**
 * "in July, when …", "в июле, когда …" before the figure, in its sentence: the month the when-clause tells of; after
 * "since" ("since July, when a first group walked out", "с июля, когда …") the clause tells of the count's start, an
 * earlier release than the page's, whose month without a year the reader cannot place.
 */
const MONTH_BEFORE_WHEN = /\b(since|in|from)\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?\s*,?\s+when\b[^.;:,]{0,50}$/;
const MONTH_BEFORE_WHEN_CY = /(?:^|[^\p{L}])(с|в|во|у|ў|з)\s+(\p{L}+)(?:\s+(\d{4})(?:\s*(?:года|году|г\.))?)?\s*,?\s+(?:когда|калі)\s[^.;:,]{0,50}$/u;

function monthBeforeWhen(s: SentenceContext, token: NumberToken): { cue: MonthCue } | { start: true } | null {
  const before = s.lower.slice(Math.max(0, token.start - 90), token.start);
  if (!/when|когда|калі/u.test(before)) return null;
  const found = (s.cyrillic ? MONTH_BEFORE_WHEN_CY : MONTH_BEFORE_WHEN).exec(before);
  const month = found ? (s.cyrillic ? cy.monthOfWord(found[2]) : cue.monthOfCue(found[2])) : null;
  if (!found || !month) return null;
  if (/^(?:since|from|с|з)$/u.test(found[1]) && !found[3]) return { start: true };
  return { cue: { month, part: null, relative: null, ...(found[3] ? { year: Number(found[3]) } : {}) } };
}
const ROUND_NOUN_BEFORE_DASH_CY = /^\s*(?:групп|груп|волн|хвал|раунд|этап|парти)\p{L}*\s*[—–]\s*$/u;
/** "одной из женщин" (one of the group: no count of it), not "адзін з вызваленых — грамадзянін ЗША" (one of those freed is one) */
const ONE_OF_CY = /^\s*(?:из|з)\s+(?!(?:\p{L}+\s+)?(?:помилованн?ых|освобожд[её]нн?ых|памілаваных|вызваленых|них|іх)(?![\p{L}])(?!\s+(?:женщин|мужчин|жанчын|мужчын)))/u;
/** "у 12 помилованных", "ў 12 вызваленых": some of those freed, as the ones who have something */
const RELEASED_AFTER_U_CY = /^\s*(?:из\s+|з\s+)?(?:помилованн?ых|освобожд[её]нн?ых|памілаваных|вызваленых)(?![\p{L}])/u;
// (the words after first: a pattern anchored at the start fails at once, one anchored at the end is tried from each place)
const partHavingCy = (a: Around) => !opensOnDigit(a.after) && RELEASED_AFTER_U_CY.test(a.after) && U_BEFORE_FIGURE_CY.test(a.beforeBare);
/** "235 освобождены в Беларуси", "остались в стране": those of a release who stayed in Belarus */
const STAYED_PLACE_HINT_CY = /беларус|стране|краіне/u;
const STAYED_IN_BELARUS_CY = /^\s*(?:(?:человек|чалавек|помилованных|освобождённых|освобожденных|памілаваных|вызваленых)\s*(?:[—–-]\s*)?)?(?:освобождены|освобождено|вышли на свободу|остались|остаются|засталіся|застаюцца|вызвалены|вызвалена|вызваленыя|выйшлі на волю)\s+(?:в|у|ў)\s+(?:беларуси|беларусі|стране|краіне)(?![\p{L}])/u;

/** a verb of arrest governing the figure after it, or the figure's own verb after it */
const ARREST_VERB_BEFORE_CY = /(?:^|[^\p{L}])(?:задержал\p{L}*|задержан[аоы]?|арестовал\p{L}*|арестован[аоы]?|затрымал\p{L}*|затрыман(?:ы|а|ыя)|арыштавал\p{L}*|арыштаван(?:ы|а|ыя))\s+(?:\p{L}+\s+){0,2}$/u;
const ARREST_STEM_CY = /задерж|арест|затрым|арышт/u;
/** ARREST_STEM_CY in a sentence, kept for its figures: the words around a figure are cut from its sentence */
let arrestSentence = '';
let arrestInSentence = false;
function arrestStemIn(lower: string): boolean {
  if (lower !== arrestSentence) {
    arrestSentence = lower;
    arrestInSentence = ARREST_STEM_CY.test(lower);
  }
  return arrestInSentence;
}
const ARRESTED_AFTER_CY = /^\s*(?:тысяч\s+)?(?:человек|чалавек)?\s*(?:были\s+|былі\s+)?(?:задержан|затрыман|арестован|арыштаван)/u;

/** "спіс палітвязняў папоўніўся", "список политзаключённых пополнился": the list grew by the figure after */
const LIST_GREW_CY = /(?:спіс|сьпіс|список)\p{L}* (?:палітвязь?н\p{L}*|политзаключ\p{L}*) (?:папоўніў\p{L}*|пополнил\p{L}*) (?:\p{L}+ )?$/u;
/** "… and 114 to Ukraine": a destination after the figure, its verb said earlier in the sentence */
const ELIDED_DESTINATION = /^\s*(?:others?\s+|more\s+)?to\s+(?:lithuania|ukraine|poland|latvia|germany|the united states|the us)\b/;
const DESTINATION_VERB = /\b(?:taken|sent|transferred|deported|expelled|flown|driven|brought|moved|handed over)\s+to\b/;
/** "235 were released inside Belarus", "235 stayed in the country": those of a release who stayed */
const STAYED_IN_BELARUS = /^\s*(?:people\s*,?\s+|of them\s+)?(?:were\s+|have been\s+|will\s+|would\s+|are\s+)?(?:(?:remained|stayed|remain|stay|staying)\s+(?:(?:inside|in|within)\s+(?:belarus|the country)|(?:at\s+)?home)|(?:released|freed)\s+(?:inside|within)\s+(?:belarus|the country))\b/;
/** a category named before its part: "women account for 11 of the 18", "chronic illnesses affect fourteen of the 20" */
const CATEGORY_BEFORE_EN: [ClaimKind, RegExp][] = [
  ['round_women', /\bwomen\s+(?:account(?:ed)? for|make up|made up|comprise|are|were|number)\s+$/],
  ['round_men', /\bmen\s+(?:account(?:ed)? for|make up|made up|comprise|are|were|number)\s+$/],
  ['round_chronically_ill', /\b(?:chronic|serious) (?:illnesses?|diseases?|conditions?)\s+(?:affect(?:s|ed)?|afflict(?:s|ed)?)\s+$/],
];
/** "16 convicts in all," / "– 18 in all –": a count given whole, in an aside */
const IN_ALL_APPOSITION = /^\s*(?:[a-z]+\s+)?in (?:all|total)\s*[,–—-]/;
/** "the number of prisoners freed on Saturday, 123": a release's count, named before its figure */
const NUMBER_RELEASED_BEFORE = /\b(?:number|count) of (?:political )?(?:prisoners|people|detainees) (?:freed|released|pardoned)\b[^,.;]{0,30},\s*$/;
/** a count of political prisoners named before its figure: "the number of political prisoners stands at 1,140" */
// ("Viasna puts the number of political prisoners still held at 1,278", "… has fallen only slightly, to 1,244")
const HELD_COUNT_BEFORE = /\b(?:(?:number|count|tally|total|figure) of political prisoners (?:in belarus |in the country )?(?:now |currently |still )?)(?:stands at|stood at|is|was|has (?:reached|risen to|fallen to|dropped to)|reached|rose to|fell to|dropped to)(?: now| currently)?\s+$|\bthe (?:figure|number|count|tally) (?:had |has )?(?:risen|fallen|dropped|grown|rose|fell) to\s+$|\b(?:number|count|tally) of political prisoners(?![^.;]*\b(?:freed|released|pardoned|recogni[sz]ed))[^.;]{0,40}?\b(?:at|to)\s+$/;
/** a monitor's count, its noun left implicit: "Viasna's count stood at", "put the number at", "the list had reached" */
const MONITOR_COUNT_BEFORE = /\b(?:count|tally|list|number|figure)\s+(?:now\s+|then\s+)?(?:stood at|stands at|was at|is at|was|is|reached|had reached|has reached|rose to|fell to|grew to)\s+$|\bcounted\s+$|\b(?:put|puts|putting|estimate[sd]?) (?:the|its|their|it) (?:(?:number|count|tally|figure) )?at\s+(?:around\s+|about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$/;
/** the year before the page's: "летась", "в прошлом году", "у мінулым годзе", "за прошлый год" */
const LAST_YEAR_CY = /(?:^|[^\p{L}])(?:летась|в прошлом году|[уў] мінулым годзе|за (?:прошлый|мінулы) год)(?![\p{L}])/u;
/** a count as someone states it: "говорит о", "называют", "кажа пра", "паведаміла пра" right before the figure */
const SPEAKS_OF_BEFORE_CY = /(?:^|[^\p{L}])(?:говор\p{L}*|сказал\p{L}*|заявил\p{L}*|сообщил\p{L}*|пишет|пишут|кажа|кажуць|казала|казаў|заявіл\p{L}*|паведаміл\p{L}*|піша|пішуць)\s+(?:о|об|про|пра|аб)\s+(?:(?:около|более|почти|примерно|каля|больш\s+(?:чым|за)|амаль|прыкладна)\s+)?$/u;
/** the count of political prisoners named before its figure: "колькасьць палітвязьняў прыкладна ў 1150" */
const HELD_NUMBER_BEFORE_CY = /(?:колькась?ць|лічба|лік|число|количество|цифра)\s+(?:палітвязь?няў|палітычных вязь?няў|политзаключ\p{L}+|политических заключ\p{L}+)(?:\s+на\s+\d{1,2}\s+\p{L}+)?[^.;\d]{0,30}$/u;
/** "из них", "з іх" right before a figure */
/** "из них", "з іх", "среди них", "сярод іх" next to a figure: a part of those named before */
const OF_THEM_NEAR_CY = /(?:^|[^\p{L}])(?:из|з|среди|сярод)\s+(?:них|іх|ix)(?![\p{L}])/u;
/** another part listed after a figure: "…, яшчэ сем — за наркотыкі", "…, остальные восемь — по «наркотическим»" */
const ANOTHER_PART_AFTER_CY = /[,;]\s*(?:(?:яшчэ|ещё|еще|а|і|и)\s+|(?:астатні|остальн)\p{L}*\s+)[\p{L}\d]+\s*(?:[—–-]\s*)?(?:за|па|по|паводле)\s/u;
/** "из них", "среди помилованных", "в том числе", "у тым ліку" before a figure: the figure is a part of a named whole */
const PART_MARKER_BEFORE_CY = /(?:^|[^\p{L}])(?:(?:из|з|среди|сярод)\s+(?:них|іх|(?:\d+\s+)?(?:помилован|освобожд|вызвален|памілаван|осужд|асудж)\p{L}*)|в том числе|у тым ліку)[^.;\d]{0,25}$/u;
/** a verb of conviction right before a count ("осуждены более 3000"): the convicted, not those held now */
const CONVICTED_BEFORE_CY = /(?:осужден|осуждён|осудил|асуджан|асудзіл)\p{L}*\s+(?:\p{L}+\s+){0,2}$/u;
const OF_THEM_BEFORE_CY = /(?:^|[^\p{L}])(?:из них|зь? іх|среди них|сярод іх)\s+$/u;
/** before the part: "из них в 2025 году — ", "з іх сёлета — " */
const YEAR_BEFORE_PART_OF_TOTAL_CY = /(?:^|[^\p{L}])(?:из них|зь? іх)\s+(?:(?:в|у|ў)\s+(?:(?:этом|нынешнем|текущем) году|(?:гэтым|бягучым) годзе|((?:19|20)\d\d)(?:-?м| году| годзе)?)|сёлета)\s*[—–-]\s*$/u;
/** after the part: "— в 2025-м", "— в этом году", "— с начала 2026-го", "сёлета" */
const PARDONED_SINCE_BEFORE_CY = /(?:^|[^\p{L}])(?:помилованн|освобожд[её]нн|памілаван|вызвален)\p{L}*\s+(?:с|з)\s+(?:июля|ліпеня|лета)(?:\s+(?:19|20)\d\d(?:\s+(?:года|году|г\.))?)?\s*(?:уже|ужо|[—–:])\s*$/u;
/** "пра памілаваньне 31 чалавека", "о помиловании 31", "освобождение 123": a release's noun governing the figure right after it */
// ("указ на 22 человека", "два указа: на 23 и на 15 человек", "ўказ на 22 чалавекі": a decree's people)
const RELEASE_NOUN_RIGHT_BEFORE_CY = /(?:памілава(?:нн|ньн)[еяі]|вызвале(?:нн|ньн)[еяі]|помиловани[еяи]|освобождени[еяи]|(?:^|[^\p{L}])[уў]?каз(?:а|ы|у)?(?:\s*:)?\s+на)\s+$/u;
/** a total's span right before its figure, the verb left out: "с июля 2024 года —", ", сёлета —", "а з ліпеня 2024 года —" */
const TOTAL_SPAN_RIGHT_BEFORE_CY = /(?:^|[,;:.—–]\s*|(?:^|[^\p{L}])(?:а|и|і)\s+)((?:с|з|ад|от)\s+(?:июля|ліпеня)(?:\s+(?:19|20)\d\d(?:\s+(?:года|году|г\.))?)?|сёлета|в этом году|у гэтым годзе|(?:с|з)\s+(?:начала|пачатку)\s+года|только в этом году|толькі сёлета)\s*[—–:,]?\s*$/u;
/** … or right after it: "около 570 человек с июля 2024 года." */
const TOTAL_SPAN_RIGHT_AFTER_CY = /^\s*(?:человек\s+|чалавек\s+)?(?:только\s+|толькі\s+)?((?:с|з|ад|от)\s+(?:июля|ліпеня)(?:\s+(?:19|20)\d\d(?:\s+(?:года|году))?)?|сёлета|в этом году)\s*(?:[.;)]|$)/u;
const OTHER_MONITOR_CY = /dissident|диссидент|дысідэнт|друг(?:ой|ая|ие) (?:монитор|проект|организац)|інш(?:ы|ая|ыя) (?:маніторынг|праект|арганізац)/u;
// ("за кратамі сёння застаюцца 1140": a day's word may stand between)
const HELD_RIGHT_BEFORE_CY = /(?:за кратамі|за реш[её]тк\p{L}*|в заключении|у зь?няволень?ні|в тюрьм\p{L}*|у турм\p{L}*)\s*(?:(?:сегодня|сейчас|сёння|сёньня|цяпер|зараз)\s+)?(?:(?:по-прежнему|усё яшчэ|всё ещё|ещё|яшчэ)\s+)?(?:застаюцца|застаецца|остаются|остаётся|остается|находятся|знаходзяцца)?\s*[:—–]?\s*$/u;
const HELD_RIGHT_AFTER_CY = /^\s*(?:(?:ещё|еще|яшчэ|по-прежнему|усё яшчэ)\s+)?(?:в заключении|за реш[её]тк\p{L}*|за кратамі|у зь?няволень?ні)\s*$|^\s*(?:человек|чалавек|людях|людзях|людей|людзей)?\s*,?\s*(?:(?:которые|якія)\s+)?(?:по-прежнему\s+|усё яшчэ\s+|всё ещё\s+|ещё\s+|яшчэ\s+)?(?:остаются|остаётся|остается|застаюцца|застаецца|находятся|знаходзяцца)\s+(?:за реш[её]тк\p{L}*|за кратамі|в заключении|у зь?няволень?ні|в тюрьм\p{L}*|у турм\p{L}*)/u;
/** the figure stands in the when-clause of a count's start ("з ліпеня, калі выйшлі першыя 18, …") */
function startedCount(lower: string, token: NumberToken): boolean {
  return WHEN_OF_START_BEFORE_CY.test(lower.slice(Math.max(0, token.start - 120), token.start));
}
const WHEN_OF_START_BEFORE_CY = /(?:^|[^\p{L}])(?:с|з|ад|от)\s+[^,;.—–]{0,40}(?:,|\s[—–])\s*(?:когда|калі)(?![\p{L}])[^,;—–]*$/u;
const YEAR_PART_OF_TOTAL_CY = /^\s*(?:человек\s+|чалавек\s+)?[—–-]?\s*(?:(?:в|у|ў)\s+(?:(?:этом|нынешнем|текущем) году|(?:гэтым|бягучым) годзе|((?:19|20)\d\d)(?:-?м| году| годзе)?)|(?:с|з|ад|от) (?:начала|пачатку) (?:(?:этого|нынешнего|текущего|гэтага|бягучага) )?(?:года|году|(?:19|20)\d\d)|сёлета)(?![\p{L}])/u;
/** after a total's part: "of them this year", "of them in 2025", "since January" (the year's own, when named) */
const YEAR_PART_OF_TOTAL = /^\s*(?:(?:people\s+)?of them\s+)?(?:this year|in ((?:19|20)\d\d)|since (?:january|the (?:start|beginning) of (?:the year|(?:19|20)\d\d)|new year(?:'s|’s)? day|the new year))\b/;
/** a weekday's own figure: "Wednesday's 30", "Saturday's 123" (a day's release) */
const DAYS_RELEASE_BEFORE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:'s|’s)\s+$/;
/** a rights monitor named as the source of a count */
/** the people a count of those held names, right after its figure: "1,150 political prisoners" */
const HELD_NOUN_AFTER = /^\s*(?:political prisoners|prisoners of conscience|political detainees)\b/;
const RIGHTS_MONITOR = /\b(?:rights (?:groups?|defenders|monitors|activists)|human rights|viasna|vyasna)\b/;
/**
 * Words asked of the whole sentence for each English figure (classify), answered once for the sentence: its figures are
 * read one after another, so the last text's answer is the next figure's too (textScan.ts, testOfLastText).
 */
const totalInSentence = testOfLastText(cue.TOTAL);
const recognisedInSentence = testOfLastText(cue.RECOGNISED);
const recognitionInSentence = testOfLastText(/\brecogni[sz](?:e[ds]?|ing)\b/);
const politicalPrisonersInSentence = testOfLastText(cue.POLITICAL_PRISONERS);
const rightsMonitorInSentence = testOfLastText(RIGHTS_MONITOR);

/** "4 сентября — ещё 30, а 7 ноября — ещё 31": the Russian and Belarusian list of releases, its verb said once */
// ("…, а на пачатку верасня — яшчэ 30": a time in words, the verb elided at the dash)
/** "их было", "іх было", "их стало": a count whose noun the sentence before named */
const THEY_WERE_BEFORE_CY = /(?:^|[^\p{L}])(?:их|іх)\s+(?:было|стала?|налічвалася|насчитывалось)\s+$/u;
/** a month or a day right before a list item's dash: "в июле перед Днём Независимости — ", ", 13 снежня — " */
// ("21 июня, после визита Кита Келлога, — 14", "В январе 2025-го, перед выборами, — 23": an aside between them)
const MONTH_BEFORE_DASH_CY = new RegExp(String.raw`(?:^|[,;:.]|\s(?:а|и|і))\s*(?:\d{1,2}-?(?:га|го)\s*[—–]\s*(?:(?:ещё|еще|яшчэ)\s+)?$|(?:(?:в|во|у|ў|на)\s+)?(?:(?:начале|середине|конце|пачатку|сярэдзіне|канцы|напачатку|напрыканцы)\s+)?(?:\d{1,2}\s+)?${cy.MONTH_WORD_CY}(?:\s+(?:19|20)\d\d(?:-?(?:го|га))?(?:\s+\p{L}+)?)?(?:\s+(?:перед|накануне|напярэдадні|да|ко|к)\s+[^—–,;\d]{0,30}|,\s*[^—–,;\d]{1,50},)?\s*[—–]\s*(?:(?:ещё|еще|яшчэ)\s+)?$)`, 'u');
/** leaving the country, in the figure's clause after it: "… былі вымушаныя выехаць з краіны", "… уехали из Беларуси" */
/** a stem each of EXILED_AFTER_CY's words holds ("выехалі", "з'ехаць", "эмігравалі", "в эмиграции", "покинули страну"): looked for first */
const EXILED_HINT_CY = /ехал|ехаць|ехать|эмігр|эмигр|пакінул|пакінуць|покинул|покинуть/;
const EXILED_AFTER_CY = /^(?:[^.;,]|,(?=\s*(?:якія|которые|кто|хто)(?![\p{L}]))){0,70}?(?:выехал\p{L}*|выехаць|выехать|з['’ʼ]?ехал\p{L}*|зьехал\p{L}*|з['’ʼ]?ехаць|зьехаць|уехал\p{L}*|уехать|эміграва\p{L}*|эмигрирова\p{L}*|(?:пакінул\p{L}*|пакінуць) (?:краіну|беларусь|радзіму)|(?:покинул\p{L}*|покинуть) (?:страну|беларусь|родину)|(?:в|у|ў) эміграцы\p{L}*|в эмиграци\p{L}*)(?![\p{L}])/u;

/** a year before a list item's dash: "У 2025-м — ", "в 2024 году — " */
const YEAR_BEFORE_DASH_CY = /(?:^|[,;:.]|\s(?:а|и|і))\s*(?:в|у|ў|за)\s+((?:19|20)\d\d)(?:-?(?:м|й|го|га)|\s+(?:годзе|году|год|года))?\s*[—–]\s*$/u;
/** a figure's month right after it: "42 в мае", "52 человека у верасьні" */
const COUNT_IN_MONTH_AFTER_CY = new RegExp(String.raw`^\s*(?:(?:человек|чалавек)\s+)?(?:в|во|у|ў)\s+(?:(?:начале|середине|конце|пачатку|сярэдзіне|канцы)\s+)?(?:${cy.MONTH_WORD_CY})(?:\s|$|[,;.])`, 'u');
/** a list item's dash, then its day or its decree: "123 — 13 декабря", "22 — по указу от 30 декабря", "25 — паводле ўказа ад 16 верасня" */
const DATED_AFTER_DASH_CY = new RegExp(String.raw`^\s*(?:(?:человек|чалавек)\s+)?[—–]\s*(?:\d{1,2}\s+(?:${cy.MONTH_WORD_CY})|(?:по|па|паводле|согласно)\s+(?:указу|ўказу|указа|ўказа)\s+(?:от|ад)\s+\d{1,2}\s+(?:${cy.MONTH_WORD_CY}))(?:\s|$|[,;.])`, 'u');
/** "19 people have received pardons", "were granted clemency": the figure's people pardoned */
const RECEIVED_PARDONS_AFTER = /^\s*(?:(?:people|prisoners|persons)\s+)?(?:have|has|had|were|was)\s+(?:been\s+)?(?:received|granted|given)\s+(?:pardons?|clemency)\b/;
/** a year's review heads the figure: "Итоги года: ", "Вынікі 2025 года — " */
const YEAR_REVIEW_BEFORE_CY = /(?:итоги|вынікі)\s+(?:\p{L}+\s+)?(?:(?:19|20)\d\d\s+)?(?:года|году)?\s*[:—–-]\s*$/u;
const PARDONED_PARTICIPLE_AFTER_CY = /^\s*(?:помилованн\p{L}*|памілаван\p{L}*)(?![\p{L}])/u;
/** a pardoned count, then this year or a year it names: "220 памілаваных толькі сёлета", "342 помилованных в 2025 году" */
const THIS_YEAR_AFTER_CY = /^\s*(?:(?:человек|чалавек)\s+)?(?:помилованн\p{L}*|памілаван\p{L}*)\s+(?:(?:только|толькі|уже|ужо)\s+)?(?:сёлета|в этом году|у гэтым годзе|за этот год|за гэты год|(?:в|у|ў|за)\s+((?:19|20)\d\d)(?:-?[мй])?\s+(?:году|годзе|год))(?![\p{L}])/u;
/** "the release of 123", "the release today of 123", "Saturday's release, of 132": the figure the release freed */
const RELEASE_OF_BEFORE = /\b(?:release|freeing)(?:\s+(?:today|yesterday|this week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))?,?\s+of\s+$/;
/** an earlier election than the one a page's date points to: "на мінулых выбарах", "прошлых выборов", "the previous election", "in 2020" */
const EARLIER_ELECTION_CY = /(?:мінул|прошл|папярэдн|предыдущ)\p{L}*\s+(?:прэзідэнцк\p{L}*\s+|президентск\p{L}*\s+)?(?:выбар|выбор)|(?:выбар|выбор)\p{L}*\s+(?:\p{L}+\s+)?(?:2020|2015|2010)/u;
const EARLIER_ELECTION_EN = /\b(?:previous|last|past|earlier|2020|2015|2010)\s+(?:presidential\s+)?(?:election|vote)\b/;
/** a pardon's word, then at most one word, then the figure: "памілаваныя 250", "памілаванне чарговых 20" */
const PARDON_WORD_RIGHT_BEFORE_CY = /(?:памілав|помилов)\p{L}*\s+(?:\p{L}+\s+)?$/u;
const YEAR_START_BEFORE_DASH_CY = /(?:^|[^\p{L}])(?:з|с|ад|от)\s+(?:самага\s+|самого\s+)?(?:пачатку|начала)\s+(?:гэтага\s+|бягучага\s+|этого\s+|текущего\s+)?(?:года|году)\s*[—–:]\s*$/u;
const GROUP_APPOSITION_BEFORE = /\b(?:group|batch|release|wave)\s*,\s*$/;
const GROUP_APPOSITION_AFTER = /^\s*(?:people|prisoners|persons)?\s*(?:in all\s*)?,\s*(?:was|were|had been|has been)\s+(?:pardoned|freed|released|let go)\b/;
/** where a list's item starts: after a colon, a comma, a semicolon or "и", "і", "а" (and "наконец,") */
const LIST_ITEM_BEFORE_CY = /(?:[:;,]|(?:^|\s)(?:и|і|а))(?:\s*(?:наконец|нарэшце),)?\s*$/u;

/** political prisoners right after a figure, their phrase ending there ("1 234 палітвязьні і …", "1131 политзаключённый.") */
const HELD_NOUN_PHRASE_AFTER_CY = /^\s*(?:политзаключ\p{L}*|палітвяз(?:ь?н|ень)\p{L}*|политических заключ\p{L}*|палітычных вязь?н\p{L}*)\s*(?:$|[,;:.!?—–]|(?:и|і|а)\s)/u;

/** ruling, in power, then at most a hedge: "кіруе (краінай) больш за", "правит уже", "находится у власти" */
const IN_POWER_BEFORE_CY = /(?:кіру\p{L}*|кіраваў|правит|правил|руководит|(?:у|ў|ва|при) (?:власти|уладзе|ўладзе))(?:\s+(?:краінай|страной|беларуссю|беларусью|ужо|уже|амаль|почти))*\s+(?:(?:больш за|больш як|звыш|более|свыше|больше|около|каля)\s+)?$/u;

/**
 * An item of a list dated after its figure: ", 52 on 11 September", "and 25 under the decree of 16 September". The tail
 * names only a day or a means and a day, and ends the item.
 */
const DATED_TAIL = new RegExp(String.raw`^\s*(?:more\s+)?(?:(?:people|prisoners|persons)\s+)?(?:(?:under|by|through|with|via|in)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+)?(?:decree|deal|agreement|pardon|order)\s+(?:of|dated|signed on|on)\s+|on\s+)(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s+20\d\d)?(?:\s+(?:under|as part of|following|after)\s+(?:the|a|an)\s+[^,;:.()]{0,40}\b(?:deal|agreement|talks|visit|decree|pardon|request))?\s*$`);
/**
 * A difference between two counts, not a count: "23 more than in 2024", "a difference of one person", "differ by three",
 * "на 23 человека больше", "расхождение … в одного человека", "розніца ў тры чалавекі".
 */
const DIFFERENCE_AFTER = /^\s*(?:(?:people|persons|prisoners)\s+)?(?:more|fewer|less)\s+than\b/;
const DIFFERENCE_BEFORE = /\b(?:(?:a|the) difference of|differ(?:s|ed)? by|(?:is|are|was|were) off by|a gap of|a discrepancy of)\s+$/;
const DIFFERENCE_BEFORE_CY = /(?:^|[^\p{L}])(?:расхождени|разниц|разрыв|розніц|разыходжанн|разрыў|адрозненн)\p{L}*(?:\s+[^\s\d—–,.;:]+){0,5}\s+(?:в|у|ў)\s+$/u;
const MORE_OR_LESS_AFTER_CY = /^\s*(?:(?:человек|чалавек)\p{L}*\s+)?(?:больше|меньше|больш|менш)(?![\p{L}])/u;
function isDifference(s: SentenceContext, token: NumberToken): boolean {
  const before = s.lower.slice(Math.max(0, token.start - 70), token.start);
  const after = s.lower.slice(token.end, token.end + 30);
  if (!s.cyrillic) return DIFFERENCE_AFTER.test(after) || DIFFERENCE_BEFORE.test(before);
  // (both patterns end on a short word, then white space, then the text's end: the end read by character code first)
  let at = before.length;
  while (at > 0 && isSpace(before.charCodeAt(at - 1))) at--;
  if (at === before.length || at < 2) return false;
  const last = before.charCodeAt(at - 1);
  // "… в ", "… у ", "… ў ": the word DIFFERENCE_BEFORE_CY ends on, white space before it
  if ((last === 0x432 || last === 0x443 || last === 0x45e) && isSpace(before.charCodeAt(at - 2)) && DIFFERENCE_BEFORE_CY.test(before)) return true;
  // "на" at the text's start or after no letter ("(?:^|[^\p{L}])на\s+$"), then more or less after the figure
  return last === 0x430 && before.charCodeAt(at - 2) === 0x43d && (at === 2 || NOT_LETTER_AT_END.test(before.slice(Math.max(0, at - 4), at - 2))) && MORE_OR_LESS_AFTER_CY.test(after);
}
/** the text's last character (a code point) is no letter */
const NOT_LETTER_AT_END = /[^\p{L}]$/u;

const YEAR_LABEL_BEFORE = /\b(?:(?:the|this) year|((?:19|20)\d\d))(?:'s|’s) (?:pardons|releases|total|tally|count)\b[^.;:\d]{0,30}\b(?:at|to|was|stood at|reached|numbered|came to)\s+$/;

/** a report, then the words that give its day: "review, released on", "report of", "обзоре от", "аглядзе ад" */
const REPORT_BEFORE_ITS_DAY = /(?:review|report|tally|count|figures|data|statement|bulletin|update|обзор|отч[её]т|доклад|сводк|бюллетен|агляд|справаздач|зводк|бюлетэн)\p{L}*,?\s+(?:(?:released|published|issued|dated|put out)\s+)?(?:(?:on|of|от|ад)\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$/u;
/** a part of the figure just named: "nine of them", "15 of whom", "9 из них", "з іх", "из которых" */
const PART_OF_THEM_AFTER = /^\s*(?:of (?:them|whom)|из (?:них|которых)|з (?:іх|якіх))(?![\p{L}])/u;
/** a date's day, not a figure: "on 13 December", "on December 13", "Dec. 13" */
function isDateDay(s: SentenceContext, t: NumberToken): boolean {
  return MONTH_BEFORE_DAY.test(s.lower.slice(Math.max(0, t.start - 12), t.start)) || s.monthCues.some((c) => t.start >= c.at && t.end <= c.end);
}
function datedTail(s: SentenceContext, token: NumberToken, after: string): boolean {
  const end = after.search(/[,;:.)]|\s(?:and|but)\s|\s[—–]\s/);
  const tail = end < 0 ? after : after.slice(0, end);
  return !s.cyrillic && DATED_TAIL.test(tail);
}
/** A month, a date or an occasion (monthCues) between the item's start (the last comma, semicolon, colon or stop) and its figure. */
function timeInItem(s: SentenceContext, token: NumberToken, sentenceOpens = false): boolean {
  const before = s.lower.slice(0, token.start);
  // (an English item's time is set off by the comma before its figure: "Before Victory Day, 42.")
  const stop = sentenceOpens ? before.replace(/[,:]\s*$|\s[—–-]\s*$/u, '') : before;
  const itemStart = Math.max(stop.lastIndexOf(','), stop.lastIndexOf(';'), stop.lastIndexOf(':'), stop.lastIndexOf('. ')) + 1;
  return s.monthCues.some((m) => m.at >= itemStart && m.at < token.start && !m.start && !m.asOf);
}
/** a span right before a list item's dash: ", а с июля 2024 года, когда начались освобождения, — " */
const SPAN_BEFORE_DASH_CY = /(?:^|[,;]|\s(?:а|и|і))\s*(?:с|з|от|ад)\s+(?:июля|ліпеня|начала|пачатку)[^—–;\d]{0,24}(?:(?:19|20)\d\d[^—–;\d]{0,60})?[—–]\s*$/u;
const LIST_GOES_ON_CY = /(?:(?:[,;—–]|\s(?:а|и|і))\s+\d{1,2}\s+\p{L}+\s*(?:[—–-]\s*)?|[,;]?\s(?:а|и|і)\s+(?:\p{L}+\s+){1,3}[—–-]\s*)(?:ещё|еще|яшчэ)\s+$/u;

/** an arrest, a trial or a sentence in the ordinal's own clause ("detained for the second time"): not a release's place */
const OTHER_EVENT_IN_CLAUSE = /(?:^|[^\p{L}])(?:detained|arrested|jailed|sentenced|tried|summoned|задержан|арестова|затрыма|арыштава)/u;

/** "for the third time this year", "in a month": an ordinal counted within a span, not since the first round */
const WITHIN_A_SPAN = /^\s*time\s+(?:this|that|in (?:a|one|the same)|within)\b/;

/** an ordinal and its round noun: "sixth round", "the 7th wave" */
/** an ordinal word or figure ("sixth", "7th"), in the patterns below */
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))`;
/**
 * A table's row: a day ("18 January 2025"), a month and year ("Mid-September 2024"), a part of a month ("Early September")
 * or a round ("The seventh round"), then a dash and a figure. Its first figure is the size of the round it names; a figure the
 * row does not date counts another round than the page's.
 */
const TABLE_ROW = new RegExp(String.raw`^\s*(?:\d{1,2}\s+${MONTH_NAME}(?:\s+(?:19|20)\d\d)?|${MONTH_NAME}\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?|(?:(?:early|mid|late)[-\s]+)?${MONTH_NAME}\s+(?:19|20)\d\d|(?:early|mid|late)[-\s]+${MONTH_NAME}|(?:the\s+)?${ORDINAL_WORD}\s+(?:round|wave|decree|pardon|release))[^—–\d]{0,40}\s[—–-]\s*(?:(?:another|a further)\s+)?\d`, 'i');
/** the row's first figure: right after the label's dash, before the row's next dash or comma */
const ROW_FIGURE_BEFORE = /^[^—–]*\s[—–-]\s*(?:(?:another|a further)\s+)?$/u;
const ROW_FIGURE_AFTER = /^\s*(?:$|[—–,:;.(]|\s-\s)/u;

const ORDINAL_ROUND = new RegExp(String.raw`\b${ORDINAL_WORD}\s+(?:\w+\s+)?(?:round|wave|batch|pardon|decree|release|group)s?\b`);
const ORDINAL_ROUND_AT_END = new RegExp(String.raw`\b${ORDINAL_WORD}\s+(?:\w+\s+)?(?:round|wave|batch|pardon|decree|release|group)s?\s+(?:(?:in|of) (?:belarus|the year)\s+)?$`);

/** "из ", "з " at the end, as a word: a whole is named next (string tests: this runs for every figure) */
function namesWholeNext(before: string): boolean {
  // (the text less its trailing white space is read in place, by character code: no trimmed copy for each figure)
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return false;
  // "из 32", "з 32", and "среди 14 освобождённых — …", "сярод 14 вызваленых — …"
  const word = before.endsWith('из', end) ? 2 : before.endsWith('з', end) ? 1 : before.endsWith('среди', end) || before.endsWith('сярод', end) ? 5 : 0;
  return word > 0 && (end === word || !/\p{L}/u.test(before[end - word - 1]));
}
/** a single day named after the figure, in its sentence: "on Thursday", "today", "on 19 March", "on March 19" */
/** the recognised, then a release verb of theirs: "… recognised as political prisoners have been pardoned" */
const RECOGNISED_THEN_PARDONED = /^[^.;]{0,40}?\brecogni[sz]ed as political prisoners,?\s+(?:who\s+)?(?:have|has|had)\s+(?:since\s+|now\s+)?(?:received (?:a )?pardons?|been (?:pardoned|released|freed)|walked free)\b/;
/** "the largest single release so far", "the biggest since the pardons began": a span that measures the superlative */
const SUPERLATIVE_SPAN = new RegExp(`\\b(?:${cue.SUPERLATIVES.join('|')})\\b[^,;.]*?\\b(?:so far|to date|since\\b[^,;.]*)`, 'g');
/** a superlative before a span, up to the figure's end: "… was the largest since …" */
const SUPERLATIVE_BEFORE_SPAN = new RegExp(`\\b(?:${cue.SUPERLATIVES.join('|')})\\b[^,;]*$`);
const ONE_DAY_AFTER = /^[^.;,]{0,90}?\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|on \d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b/;
const HEDGE_ENDINGS_CY = ['чем', 'чым', 'за', 'свыше', 'около', 'почти', 'звыш', 'каля', 'амаль', 'примерно', 'прыкладна'];
/** the same with a hedge left in ("из более чем 1300") */
const FROM_HEDGED_WHOLE_CY = /(?:^|[^\p{L}])(?:из|з)\s+(?:(?:более|больше|больш|менее|менш)\s+(?:чем|чым|за)\s+|(?:свыше|около|почти|звыш|каля|амаль|примерно|прыкладна)\s+)?$/u;
const ALREADY_CY = /(?:^|[^\p{L}])(?:уже|ужо|ўжо)\s+$/u;

/**
 * Whether a pattern anchored at the end ($) matches the end of text. Tried on the last 48 characters only: such a
 * pattern is otherwise tried from every position of the 90 characters before each figure. A match that would start
 * at the cut is refused, since what stands before it is unknown.
 */
function endsWith(pattern: RegExp, text: string): boolean {
  const from = Math.max(0, text.length - 48);
  const found = pattern.exec(from ? text.slice(from) : text);
  return found !== null && (found.index > 0 || from === 0);
}

/** after a whole: at most its people's noun, then the part's figure ("32 человек девять", "52 вызваленых 14") */
const WHOLE_THEN_PART_CY = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s*)?,?\s*(?:[—–]\s*)?${cy.FIGURE_CY}`, 'u');

/** "of the 23", "out of the 16": a whole named right after a part's figure */
// (no comma after the whole: "11 of the 20, men the other nine" names the men of another clause)
/** a figure in digits or in English words: where the text about the figure before it ends */
// (an age threshold, "over 50", "younger than 25", stays with its category)
const NEXT_FIGURE = /(?<!\b(?:over|under|above|below|than|aged|age of)\s+)(?:(?<!\d)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)/;
// ("of those pardoned on Saturday are women": the whole named by its verb alone; "of the 22 pardoned on Dec. 30", "…
// on Tuesday": the whole's own day)
const OF_A_WHOLE = /^\s*(?:out of|of)\s+(?:(?:the|those|these)?\s*\d{1,3}(?:,\d{3})*(?:\s+(?:pardoned|freed|released|people|prisoners))?|those\s+(?:pardoned|freed|released))(?:\s+(?:on|in|last|this)\s+(?:[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[a-z]+|[a-z]+))?(?![\d,])\s*/;
/** "из 23", "з 16 памілаваных": the same in Russian and Belarusian */
const OF_A_WHOLE_CY = /^\s*(?:из|з)\s+\d+(?:[\u00A0 ]\d{3})*(?:\s+(?:человек|чалавек|помилованных|освобождённых|освобожденных|памілаваных|вызваленых|иностранц\p{L}*|замежнік\p{L}*|женщин|жанчын|мужчин|мужчын|граждан|грамадзян))?(?![\d,])\s*/u;

/** "out of more than 1,300": the whole a part is taken from, up to its noun */
const OUT_OF_WHOLE = /^\s*out of\s+(?:(?:more than|over|about|around|some|nearly|almost|roughly|at least|the)\s+)?[\d][\d,.\s]*\s*/;

/**
 * "on August 16 he pardoned 30 people, on September 4 another 30, and on November 7 another 31": a list of releases
 * whose verb is said once; each later item is "another N" after a comma or a dash, its date before it.
 */
/**
 * The second of a pair whose verb is said once, then left out: "freed 123 on 13 December and 22 more on 30 December",
 * "On 13 December, 123 were freed; on 30 December, 22 more", "pardoned 31 on Nov. 7 and 35 two weeks later".
 */
const ELIDED_PAIR_BEFORE = /(?:\band|;\s*(?:(?:on|in)\s+[^,;.]{3,24},)?)\s*$/;
const ELIDED_PAIR_AFTER = /^\s*(?:more\b(?!\s+than)(?:\s+(?:people|prisoners|persons))?\s*(?:$|[.;,]|(?:on|in)\s+\p{L}|(?:\p{L}+\s+){1,2}later\b)|(?:people\s+)?(?:\p{L}+\s+){1,2}later\s*(?:$|[.;,]))/u;
const LIST_GOES_ON = new RegExp(`(?:[,;—–]|\\band)\\s+(?:(?:on|in)\\s+)?(?:(?:${cue.MONTHS.join('|')})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${cue.MONTHS.join('|')})),?\\s*(?:[—–-]\\s*)?(?:another|a further|and another)\\s+$`);

/** "… в этом году и ", "… ў гэтым годзе і ": what joins two ordinals of one noun */
const ORDINAL_PAIR_JOINT_CY = /[^.;\d]{0,50}\s(?:и|і|а)\s+$/u;

/** a group's adjective, then the people it describes: "18 seriously ill prisoners", "11 women prisoners" */
const ADJECTIVE_BEFORE_PEOPLE = /^\s*(?:(?:seriously|chronically|terminally|gravely|critically|elderly|sick|ill|disabled|women|female|foreign|older)\s+){1,2}(?:political\s+)?(?:prisoners|detainees|convicts|inmates)\b/;

/**
 * Another country, or its people's adjective, named in the 80 characters before an election's date: that country's
 * vote, not Belarus's (not the countries Belarus's freed are taken to, which its stories name all the time)
 */
const OTHER_VOTE_PLACE = /\b(?:poland|polish|latvia|latvian|russia|russian|georgia|georgian|moldova|moldovan|romania|romanian|germany|german|czech|hungary|hungarian|azerbaijan|kazakhstan)\b/;
const OTHER_VOTE_PLACE_CY = /(?:^|[^\p{L}])(?:польш|польск|латви|латвійск|латвийск|росси|российск|расі|расійск|грузи(?:я|и|ю|ей|н)|молдов|малдов|румын|германи|нямеч|нямецк|немецк|чехи|венгри|азербайдж|казахст)/u;
function anotherCountrysVote(lead: string, place: RegExp): boolean {
  const near = lead.slice(-80);
  return place.test(near) && !/belarus|беларус|белорус/u.test(near);
}

/** An election or its vote named within 40 characters of the day, with no other figure between them. */

function electionNamedNear(s: SentenceContext, token: NumberToken): boolean {
  const from = Math.max(0, token.start - 40);
  const near = s.lower.slice(from, token.end + 40);
  const match = /\b(?:elections?|votes?|voting|polls?|ballot)\b/.exec(near);
  // ("early voting opens on 21 January": not the election's day)
  if (!match || /\b(?:early|advance|postal) (?:voting|vote|ballot)/.test(near)) return false;
  // ("In Poland, the first round of the presidential election is set for May 18": another country's vote)
  if (anotherCountrysVote(s.lower.slice(0, token.start), OTHER_VOTE_PLACE)) return false;
  const at = from + match.index;
  return !s.tokens.some((t) => t !== token && !t.yearLike && ((t.start > at && t.end < token.start) || (t.start > token.end && t.end < at)));
}

/** an election or its vote, in Russian and Belarusian */
const ELECTION_CY = /(?:выбор|выбар|голосовани|галасаван(?:н|ьн))/u;
/** the election's word, then a comma, right before a date: "у дзень прэзідэнцкіх выбараў, 26 студзеня", "галасаванне
 * прызначанае на нядзелю, 26 студзеня" (never after "пасля", "перад": another day, told from the election) */
const ELECTION_RIGHT_BEFORE_CY = /(?:^|[^\p{L}])(?<!(?:пасля|после|перад|перед|да|до)\s+(?:\p{L}+\s+)?)(?:выбор|выбар|голосовани|галасаван)\p{L}*[^.;\d]{0,30},\s*$/u;
/** the vote named as a reference for another day: "накануне выборов", "напярэдадні прэзідэнцкіх выбараў", "пасля выбараў" */
const ELECTION_AS_REFERENCE_CY = /(?:накануне|напярэдадні|перед|перад|после|пасля|до|да)\s+(?:\p{L}+\s+)?(?:выбор|выбар|голосовани|галасаван)\p{L}*/gu;
/** "за два дня до выборов", "за тыдзень да выбараў": another day, named by its distance from the vote */
const DAYS_BEFORE_ELECTION_CY = /(?:дн\p{L}*|дзён|дзень|недел\p{L}*|тыд\p{L}*)\s+(?:до|да|после|пасля)\s+(?:президентских\s+|прэзідэнцкіх\s+)?(?:выбор|выбар|голосовани|галасаванн)/u;

/** a day of the week a sentence names, its number (0 Sunday): "on Saturday", "в субботу", "у суботу" */
// (a time: "on Saturday", "в субботу", "у суботу"; not "Sunday's election")
const WEEKDAY_NAMES = String.raw`(?:(sunday|воскресень|нядзел)|(monday|понедельник|панядзел)|(tuesday|вторник|аўтор)|(wednesday|сред[уы]|серад)|(thursday|четверг|чацвер)|(friday|пятниц|пятніц)|(saturday|суббот|субот))`;
const WEEKDAY = new RegExp(String.raw`(?:\bon |(?:^|[^\p{L}])(?:в|во|у|ў) )${WEEKDAY_NAMES}`, 'gu');
/** a day's name anywhere: what WEEKDAY needs, a cheap test that spares its scan of most sentences */
const WEEKDAY_NAME = new RegExp(WEEKDAY_NAMES, 'u');
/** the days of the week a sentence names as times, where: found once per sentence, when a figure first asks */
function weekdaysIn(s: SentenceContext): { at: number; day: number }[] {
  return (s.weekdays ??= WEEKDAY_NAME.test(s.lower) ? [...s.lower.matchAll(WEEKDAY)].map((match) => ({ at: match.index, day: match.slice(1).findIndex(Boolean) })) : []);
}
/** the day of the week named nearest before the figure (else right after it, in its clause) */
function weekdayOf(s: SentenceContext, at: number): { weekday?: number } {
  let found: number | undefined;
  for (const { at: where, day } of weekdaysIn(s)) {
    if (where < at || (found === undefined && where - at < 40 && !/[,;—–]/u.test(s.lower.slice(at, where)))) found = day;
    if (where >= at) break;
  }
  return found === undefined ? {} : { weekday: found };
}

/** the people and their release's verb right after a figure: "365 people were pardoned", "365 freed" */
/** no noun of its own after the figure, or people's: "1,140, according to …", "1,158 at the end of January", "1,000 people" */
const PEOPLE_OR_NOTHING_AFTER = /^\s*(?:$|[,.;:)—–]|(?:people|persons|prisoners|political prisoners|names|individuals|at|on|in|as|by|according|still|remain\w*|behind)\b)/;
/** a line's label naming a total of those pardoned, then its colon: "Total pardoned since July 2024: ", "Running total: about " */
const TOTAL_LABEL_LINE = /^\s*(?:the\s+)?(?:running\s+|cumulative\s+|overall\s+)?total\b[^:\d]{0,60}?(?:pardon\w*|freed|releas\w*)(?:[^:\d]|(?:19|20)\d\d){0,60}:\s*(?:(?:about|around|some|more than|over|nearly|almost|at least)\s+)?$/;
/** the words of a count: "the count stood at", "its monthly figure", "on our list", "the tally" */
const COUNT_WORD = /\b(?:count|counted|figure|tally|list|number|there are still|remain\w*|behind bars|stood at|stands at|(?:viasna|rights groups?|monitors?) (?:says|said|counts|estimates))\b/;
const PARDONED_RIGHT_AFTER = /^\s*(?:(?:people|prisoners|political prisoners|persons)\s+)?(?:(?:were|have been|had been)\s+)?(?:pardoned|freed|released)\b/;

/** a comparison's yardstick right before a figure: "than the", "compared with the", "чем", "по сравнению с", "чым" */
// (a comma before "чем": "более чем 60" is a hedge, not a comparison)
const YEAR_EARLIER_AFTER = /^[^.;]{0,25}?(?:\ba year (?:earlier|ago|before)|\b(?:twelve|12) months (?:earlier|ago|before)|(?:^|[^\p{L}])(?:годом ранее|год назад|гадам раней|год таму)(?![\p{L}]))/u;
const CHANGED_FROM_BEFORE = /(?:\b(?:down|up|fell|dropped|declined|decreased|rose|grew|increased|fallen|risen|grown|climbed)\s+from|(?:^|[^\p{L}])(?:(?:снизил|сократил|уменьшил|выросл|вырос|увеличил|зменшыл|скарацил|вырасл|вырас|павялічыл)\p{L}*\s+(?:\p{L}+\s+)?(?:с|со|з)|против|супраць))\s+$/u;
const COMPARED_WITH_BEFORE = /(?:\b(?:than|compared (?:with|to)|as many as|unlike) the|,\s*(?:чем|чым)|(?:^|[^\p{L}])(?:по сравнению с|у параўнанні з))\s+$/u;

/** the release's whole, then "and" right before the figure: "250 freed — and ", "памілавалі 250 чалавек, і " */
const AFTER_A_WHOLE = /^\s*(?:people|persons|prisoners|political prisoners|freed|released|pardoned|were freed|were released|were pardoned|человек|чалавек|освобожд\p{L}*|помилован\p{L}*|вызвален\p{L}*|памілаван\p{L}*|палітвязн\p{L}*|политзаключ\p{L}*)(?:\s+\p{L}+){0,2}\s*[,—–-]?\s*(?:and|while|but|и|і|а)\s+$/u;
/** "31 and then 32", "23 и 15": two figures joined with nothing of the first's own between (no noun, no comma alone) */
const JOINED_TO_PREVIOUS = /^\s*,?\s*(?:and|or|and then|then|and later|followed by)\s+(?:then\s+|later\s+)?(?:another\s+|a further\s+)?$/;
const JOINED_TO_PREVIOUS_CY = /^\s*,?\s*(?:и|і|а затем|а потом|потом|затем|а пасля|пасля|потым|а потым)\s+(?:ещё\s+|еще\s+|яшчэ\s+)?$/u;
/** The figure is the second of such a pair, and the first one's verb stands before the first (within 90 characters). */
function sharesVerbWithPrevious(s: SentenceContext, token: NumberToken, a: Around, joint: RegExp, verbBefore: RegExp): boolean {
  const previous = a.previousToken;
  if (!previous || previous.yearLike || previous.ordinal || token.start - previous.end > 30) return false;
  return joint.test(s.lower.slice(previous.end, token.start)) && verbBefore.test(s.lower.slice(Math.max(0, previous.start - 90), previous.start));
}

/** A "since July" / "this year" cue scopes the figure when it comes before it, or after it in the same clause. */
const SINCE_ALL = new RegExp(cue.SINCE.source, 'g');

/** a figure or a round's ordinal in the clause before a span: "freed 800 people since", "the third release since" */
const spanOwnedInClause = (clause: string): boolean => /\d/.test(clause) || ORDINAL_ROUND.test(clause);

/**
 * The figure's own clause, set off by punctuation, a colon or "as"/"while" ("Minsk frees 18 more as Viasna counts 605
 * pardoned since 2020"); figures joined without them share their span ("605 pardoned and 4,500 recognised since 2020").
 */
function figureSpan(s: SentenceContext, token: NumberToken): string {
  // (looked for within a window of the figure: a clause is not longer, and a long sentence is not scanned for each figure)
  const from0 = Math.max(0, token.start - 300);
  const window = s.lower.slice(from0, token.end + 300);
  // (a comma inside a figure, "4,500", is no clause's end; "as" ends one only before a name: "… as Viasna counts …")
  const cuts = [...window.matchAll(/[;:—–]|,(?!\d{3})|\s(?:while|whereas)\s/g), ...s.text.slice(from0, token.end + 300).matchAll(/\sas\s(?=\p{Lu})/gu)].map((m) => m.index + from0);
  const from = Math.max(from0, ...cuts.filter((c) => c < token.start).map((c) => c + 1));
  const to = Math.min(from0 + window.length, ...cuts.filter((c) => c >= token.end));
  // ("Since 2020, 605 … have been pardoned": a span that opens the sentence, with no figure of its own, is every figure's)
  const first = from0 === 0 ? Math.min(s.lower.length, ...cuts) : s.lower.length;
  const opening = first < from && !s.tokens.some((t) => !t.yearLike && t.start < first) ? s.lower.slice(0, first) : '';
  return opening + s.lower.slice(from, to);
}

function sinceCueApplies(lower: string, token: NumberToken, monthNamed: boolean): boolean {
  // "the 37 pardoned on Monday bring the number freed since July to 115": the total is the figure after "bring … to"
  // (and "… bring to more than 850 the number pardoned since July")
  if (/^[^.;]*?\bbring(?:s|ing)?\s+(?:the\s+(?:number|total|tally)\b|to\b)/.test(lower.slice(token.end))) return false;
  for (const match of lower.matchAll(SINCE_ALL)) {
    // ("In 2024, 18 people were pardoned in July": a year a month dates is that month's, not a span)
    if (monthNamed && /^in \d/.test(match[0])) continue;
    // "the latest in a series that has freed 800 people since July 2024, Thursday's pardon covered 250", "the third
    // release since July, a batch of 30": before a comma, a span that another figure or an ordinal in its own clause
    // already has is theirs
    if (match.index < token.start && /[,;]/.test(lower.slice(match.index + match[0].length, token.start)) && spanOwnedInClause(lower.slice(Math.max(lower.lastIndexOf(',', match.index), lower.lastIndexOf(';', match.index), 0), match.index))) continue;
    // "Seventh pardon this year: 29 freed": a span right after an ordinal and its noun is the ordinal's, past a colon or comma
    if (match.index < token.start && /[,:;—–]/.test(lower.slice(match.index + match[0].length, token.start)) && ORDINAL_ROUND_AT_END.test(lower.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (match.index < token.start) return true;
    // "pardons 32 in sixth round since July": the cue belongs to the ordinal between them
    if (ORDINAL_ROUND.test(lower.slice(token.end, match.index))) continue;
    // "the release of 52 … was the largest since the pardons began": the span measures the superlative, not the figure
    if (SUPERLATIVE_BEFORE_SPAN.test(lower.slice(token.end, match.index))) continue;
    // (a comma inside a figure, "1,300", does not end the clause)
    // (nor the colon of a key-numbers line, "178: people pardoned this year")
    if (!/[,;:—–]/.test(lower.slice(token.end, match.index).replace(/(?<=\d)[,.]\s?(?=\d{3})/g, '').replace(token.start === 0 ? /^\+?:\s/ : /^$/, ' '))) return true;
  }
  return false;
}

function isAgeThreshold(before: string, after: string): boolean {
  // (string and anchored tests first: this runs for most figures, the end-anchored patterns try every position)
  if (before.includes('age') && /\b(?:age of|aged(?:\s+(?:over|above|under))?)\s+$/.test(before)) return true;
  return /^\s*(?:years?(?:\s+old|\s+of age)?)?\s*(?:[,.;)&]|and\b|or\b|$)/.test(after) && cue.THRESHOLD_BEFORE.test(before);
}

/** "… decree of the year", "… this year", "… of 2026": decrees counted within the year */
const DECREES_WITHIN_YEAR = /^[^.;]{0,70}?\b(?:this year|of the year|(?:of|in) (?:19|20)\d\d|since (?:january|the (?:start|beginning) of the year))\b/;
/** "… decree he has signed since July": decrees counted from the releases' start */
const DECREES_SINCE = /^[^.;]{0,70}?\bsince (?:july|the summer|mid-\d{4}|the (?:first|start of the) (?:releases|pardons|rounds?))\b/;

function classifyOrdinal(s: SentenceContext, token: NumberToken, a: Around): Reading | null {
  // ("It is not the first pardon this month": a negation names no place in the count)
  if (/\b(?:not|never)\s+(?:the\s+)?$/.test(a.beforeBare)) return null;
  // ("the first decree freed 23, the second 15": the first and second of a set)
  if (enumerates(s, token)) return null;
  // ("Of that second group, eight …": a group the text named before, pointed at by its place in it, not a place claimed)
  if (/\b(?:that|those)\s+$/.test(a.beforeBare)) return null;
  // ("this is the first release since 7 May": the first after an event, not the first of the count)
  if (token.value === 1 && /^\s*(?:[a-z-]+\s+){0,3}since\s+(?!july 2024|the (?:summer|start|beginning) of 2024)/.test(a.after)) return null;
  // "the sixth pardon decree he has signed", "the second clemency decree of 2026": the round's place among decrees, since
  // July or within the year, as the KB counts them too
  // ("the ninth pardon decree he has signed", "on the day of the first decree": no start to count from, decrees of his
  // whole rule or of the story's own few; not a round's place)
  if (/^\s*(?:pardon\s+|clemency\s+)?decrees?\b/.test(a.after) && s.pardonNearby) {
    const inYear = DECREES_WITHIN_YEAR.test(a.after);
    return inYear || DECREES_SINCE.test(a.after) ? { rule: 'en-ordinal-decrees', kind: 'round_ordinal', countsDecrees: true, countsInYear: inYear } : { rule: 'en-ordinal-decrees', kind: 'decrees_signed' };
  }
  const termAfter = /^\s*(?:consecutive\s+|presidential\s+|straight\s+)?term\b/.test(a.after) || (/^\s*time\b/.test(a.after) && /\b(?:re-?elect\w*|election|presiden\w*)\b/.test(s.lower));
  // "political prisoners were released for the sixth time since the summer": the round's place ("the first time" is never one)
  if (!termAfter && /^\s*time\b/.test(a.after) && (/\bfor the\s+$/.test(a.before) || (/\bthe\s+$/.test(a.before) && /^\s*time since\b/.test(a.after))) && token.value >= 2 && s.pardon && !OTHER_EVENT_IN_CLAUSE.test(clauseText(s.lower, token)) && !WITHIN_A_SPAN.test(a.after.slice(0, 40))) return { rule: 'en-ordinal-time', kind: 'round_ordinal' };
  if (termAfter) {
    // the verb right before the ordinal first ("seeking a seventh term after claiming another in 2020")
    const term = /\b(?:seek\w*|bid for|run(?:ning|s)? for|looking to|eyeing)\s+(?:an?\s+|his\s+)?$/.test(a.before) ? 'sought' : /\b(?:won|claim\w*|grant\w*|secured|gave|handed)\b/.test(s.lower) ? 'won' : /\b(?:seek\w*|bid|run(?:ning)?|upcoming|next|extend|looking to)\b/.test(s.lower) ? 'sought' : undefined;
    return { rule: 'en-term-number', kind: 'term_number', term, termYear: yearIn(s.lower) };
  }
  // "the first releases began", "the first pardons": an event's beginning, not a round's place in the count
  if (/^\s*(?:releases|pardons|amnesties|decrees|acts|instances)\b/.test(a.after)) return null;
  // ("the seventh such move since July": a move or a gesture counts only with "such")
  if (/^\s*(?:such\s+(?:an?\s+)?|major\s+|mass[-\s]+|big\s+)?(?:instance|round|group|wave|batch|set|tranche|series|pardon|decree|act|release|amnesty|amnesties)s?\b|^\s*such\s+(?:moves?|gestures?)\b/.test(a.after) && s.pardonNearby) {
    // "the second round this month" counts within the month, not since July
    // ("the second pardon in a week", "within a month")
    if (/^[^.;,]{0,40}\b(?:(?:this|that|the same|last) (?:month|week)|(?:in|within) (?:a|one|the same|a single) (?:month|week|fortnight))\b|^[^.;,]{0,30}\btoday\b/.test(a.after)) return null;
    // "the first round of the presidential election", "the second round of talks": a round of something else
    if (/^\s*rounds?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:elections?|votes?|voting|polls?|talks|negotiations|consultations|sanctions|protests|matches|games|competition|tournament|league)\b/u.test(a.after)) return null;
    // what the ordinal's own noun counts: "the fourth round of pardon decrees" decrees, "the decree is the fourth such pardon" pardons
    return { rule: 'en-ordinal-round-noun', kind: 'round_ordinal', countsDecrees: /^\s*(?:such\s+)?(?:[a-z-]+\s+){0,3}?decrees?\b/.test(a.after) };
  }
  // "The pardon is the third this year": the round named as the sentence's subject, its ordinal the predicate
  if (/^\s*(?:this year|since july|of the year|so far)\b/.test(a.after) && /\b(?:pardon|decree|release|round)s?\s+(?:is|was|became|becomes|marks|marked)\s+the\s+$/.test(a.before) && s.pardonNearby) {
    return { rule: 'en-ordinal-predicate', kind: 'round_ordinal', countsDecrees: /\bdecrees?\s+(?:is|was|became|becomes|marks|marked)\s+the\s+$/.test(a.before) };
  }
  // "a further round of pardons this week, the fourth since July": the round's noun said before the ordinal's comma
  if (/^\s*since\b/.test(a.after) && /,\s*the\s+$/.test(a.before) && /\b(?:round|pardon|decree|release|wave)s?\b[^.;]*$/.test(s.lower.slice(0, token.start)) && s.pardonNearby) {
    return { rule: 'en-ordinal-after-round', kind: 'round_ordinal', countsDecrees: false };
  }
  // "the first round this year and the seventh since July 2024": an ordinal whose noun is the round named before it
  if (/^\s*since\b/.test(a.after) && /\b(?:and|or|but)\s+(?:the\s+)?$/.test(a.before) && ROUND_ORDINAL_BEFORE.test(a.before) && s.pardonNearby) {
    return { rule: 'en-ordinal-after-round', kind: 'round_ordinal', countsDecrees: cue.DECREE.test(s.lower) };
  }
  return null;
}

/** an ordinal with its round noun earlier in the same clause ("the fifth round of pardons in 2025 and …") */
const ROUND_ORDINAL_BEFORE = new RegExp(String.raw`\b${ORDINAL_WORD}\s+(?:such\s+|mass[-\s]+)?(?:round|wave|batch|pardon|decree|release|amnesty)s?\b[^.;]*$`);

/**
 * A total's span, read in its own part of the sentence first: in "414 since July 2024, 187 of them this year" each
 * figure has its own. A span no figure's part holds is the sentence's, and so every total's.
 */
function totalScopeOf(s: SentenceContext, token: NumberToken, scopeOf: (text: string) => RawClaim['scope'] = totalScope): RawClaim['scope'] {
  // (an ordinal, "since the first releases", is no total's figure)
  const figures = s.tokens.filter((t) => !t.yearLike && !t.ordinal);
  // from the figure before to the end of this figure's clause (or the next figure, if sooner)
  const partOf = (t: NumberToken) => {
    const at = figures.indexOf(t);
    const next = figures[at + 1]?.start ?? s.lower.length;
    const clauseEnd = s.lower.slice(t.end, next).search(/[,;—–]|\s(?:а|and)\s/u);
    return s.lower.slice(figures[at - 1]?.end ?? 0, clauseEnd < 0 ? next : t.end + clauseEnd);
  };
  // (the figure's own clause first: in "365 were pardoned in 2025, and 592 since the first releases" the 592's)
  const part = partOf(token);
  const clauseStart = Math.max(part.search(/[,;—–][^,;—–]*$/u), part.search(/\s(?:а|and)\s(?!.*\s(?:а|and)\s)[^,;—–]*$/u));
  const tight = clauseStart > 0 ? scopeOf(part.slice(clauseStart)) : 'unspecified';
  if (tight !== 'unspecified') return tight;
  const own = scopeOf(part);
  if (own !== 'unspecified' || figures.length < 2) return own;
  const whole = scopeOf(s.lower);
  return figures.some((t) => t !== token && !startedCount(s.lower, t) && scopeOf(partOf(t)) === whole) ? 'unspecified' : whole;
}

const SINCE_OTHER_MONTH_CY = /(?:^|[^\p{L}])(?:с|з|ад|от)\s+(?:(?:часу|времени|момента|моманту)\s+(?:\p{L}+\s+){0,2})?(?:(?:конца|канца|начала|пачатку|середины|сярэдзіны)\s+|\d{1,2}\s+)?(января|студзеня|февраля|лютага|марта|сакавіка|апреля|красавіка|мая|траўня|июня|чэрвеня|августа|жніўня|сентября|верасня|октября|кастрычніка|ноября|лістапада|декабря|снежня)(?![\p{L}])/u;
const SINCE_OTHER_MONTH_EN = /\bsince (?:(?:those|these|the) )?(?:(?:decisions?|decrees?|releases?|pardons?) of )?(?:(?:early|mid|late)[- ]|mid|the (?:start|beginning|middle|end) of )?(february|march|april|may|june|august|september|october|november|december)\b/;

/** the month a total counts from, when the sentence names one other than July ("с конца ноября", "since late November") */
function sinceMonthOf(lower: string): { sinceMonth: number } | Record<string, never> {
  const cyrillicWord = SINCE_OTHER_MONTH_CY.exec(lower)?.[1];
  const cyrillicMonth = cyrillicWord ? cy.monthOfWord(cyrillicWord) : null;
  if (cyrillicMonth) return { sinceMonth: cyrillicMonth };
  const en = SINCE_OTHER_MONTH_EN.exec(lower)?.[1];
  return en ? { sinceMonth: cue.MONTHS.indexOf(en) + 1 } : {};
}

/** a Cyrillic total's span: since July ("с июля", "ад пачатку ліпеня") or this year ("сёлета", "з пачатку года") */
function totalScopeCy(lower: string): RawClaim['scope'] {
  if (/(?:с июля|з ліпеня|(?:от|с) начала июля|ад пачатку ліпеня)/u.test(lower)) return 'since-july';
  // ("з часу рашэньняў канца лістапада", "с середины ноября": a count from another month than the first round's)
  if (SINCE_OTHER_MONTH_CY.test(lower)) return 'other';
  if (/(?:в этом году|сёлета|за год|(?:в|у) \d{4} год|(?:с|з|от|ад) (?:начала|пачатку) (?:года|году))/u.test(lower)) return 'this-year';
  return 'unspecified';
}

function totalScope(lower: string): RawClaim['scope'] {
  if (/\bsince (?:july|the summer|mid-\d{4}|the (?:first|start of the) (?:releases|pardons|rounds?))\b/.test(lower)) return 'since-july';
  // ("bringing the total for 2024 to 227", "the 2025 tally": a year's total)
  if (/\b(?:this year|in \d{4}|since (?:january|the (?:start|beginning) of (?:this|the) year)|(?:total|tally|count) for (?:the year )?\d{4}|\d{4}(?:'s|’s)? (?:total|tally))\b/.test(lower)) return 'this-year';
  // ("145 have been released altogether since the start of December": a count from another month than the first round's)
  if (SINCE_OTHER_MONTH_EN.test(lower)) return 'other';
  return 'unspecified';
}

/** The first year a sentence names ("in the 2020 election"), if any. */
function yearIn(lower: string): number | undefined {
  const year = lower.match(/(?<!\d)((?:19|20)\d{2})(?!\d)/)?.[1];
  return year ? Number(year) : undefined;
}

/** "since 2020", "с 2020 года": the year a total counts from, when the sentence names one */
function sinceYearOf(lower: string): number | undefined {
  const year = lower.match(/(?<![\p{L}])(?:since (?:the (?:summer|start|beginning) of |the )?|с |з )((?:19|20)\d{2})(?!\d)/u)?.[1];
  return year ? Number(year) : undefined;
}

/** "in 2025", "в 2025 году": the year a total is scoped to, when the sentence names one */
function scopeYearOf(lower: string): number | undefined {
  const year = lower.match(/(?<![\p{L}\d])(?:in|в|у)\s+(\d{4})(?!\d)/u)?.[1] ?? lower.match(/\b(?:total|tally|count) for (?:the year )?(\d{4})\b|\b(\d{4})(?:'s|’s)? (?:total|tally)\b/)?.slice(1).find(Boolean);
  return year ? Number(year) : undefined;
}

function monthOfDate(before: string, after: string): number | null {
  const pre = before.match(/\b([a-z]+)(\.?)\s+$/);
  if (pre) {
    const month = cue.MONTHS.indexOf(pre[1]);
    if (month >= 0) return month + 1;
    // "Dec. 30": AP style's abbreviation, with its full stop
    const abbreviated = pre[2] ? cue.monthOfAbbreviation(pre[1]) : null;
    if (abbreviated) return abbreviated;
  }
  const post = after.match(/^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?([a-z]+)/);
  if (post) {
    const month = cue.MONTHS.indexOf(post[1]);
    if (month >= 0) return month + 1;
  }
  return null;
}

const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month/;

/** "as of 23", "as at the end of", "по состоянию на 23", "па стане на": a count's day comes next */
const AS_OF_BEFORE = /\bas (?:of|at)\s+(?:the (?:end|start|beginning|middle) of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/;
const AS_OF_BEFORE_CY = /(?:(?:(?:по состоянию|па стане|паводле стану) на|на момант)(?:\s+\d{1,2}(?:-?(?:го|га))?)?|(?:^|[^\p{L}])на\s+\d{1,2}(?:-?(?:го|га))?)\s+$/u;

/** The months as a heading names them, in the nominative: English, Russian, Belarusian (both spellings). */
const HEADING_MONTHS = [
  'january|январь|студзень', 'february|февраль|люты', 'march|март|сакавік', 'april|апрель|красавік', 'may|май|травень', 'june|июнь|чэрвень',
  'july|июль|ліпень', 'august|август|жнівень', 'september|сентябрь|верасень', 'october|октябрь|кастрычнік', 'november|ноябрь|лістапад', 'december|декабрь|снежань',
].map((words) => new RegExp(`^\\s*(?:${words})(?:\\s+((?:19|20)\\d\\d))?(?:\\s*[.:—–]|\\s+-)\\s`, 'iu'));

/** "2024. …", "2025: …": a year heading a block */
const YEAR_HEADING = /^\s*((?:19|20)\d\d)\s*[.:—–]\s/;

/** A sentence that opens on a month as its label ("August: …", "Жнівень — …"): that month, before every figure of it. */
function monthLabel(lower: string): MonthMention | null {
  if (!/^\s*\p{L}{3,10}(?:\s+\d{4})?(?:\s*[.:—–]|\s+-\s)/u.test(lower)) return null;
  for (let i = 0; i < HEADING_MONTHS.length; i++) {
    const found = HEADING_MONTHS[i].exec(lower);
    if (found) return { at: -1, end: 0, start: false, cue: { month: i + 1, part: null, relative: null, heading: true, ...(found[1] ? { year: Number(found[1]) } : {}) } };
  }
  return null;
}

/** A block that opens with a month alone, as a heading ("Травень. …", "May 2025: …"): that month, for the rest of it (placed before every figure of the sentences after it). */
function headingMonth(block: string): MonthMention | null {
  if (block.length < 8) return null;
  if (/^\s*\p{L}{3,10}(?:\s+\d{4})?(?:\s*[.:—–]|\s+-\s)/u.test(block)) {
    for (let i = 0; i < HEADING_MONTHS.length; i++) {
      const found = HEADING_MONTHS[i].exec(block);
      if (found) return { at: -1, end: 0, start: false, cue: { month: i + 1, part: null, relative: null, heading: true, ...(found[1] ? { year: Number(found[1]) } : {}) } };
    }
  }
  // ("• 11 верасьня 2025. 52 вызваленыя …", "• 5 March 2026: 18 pardoned": a timeline's item, its date first, with its day or
  // its year; the month in any case)
  const dated = HEADING_DATE.exec(block);
  if (!dated || (!dated[1] && !dated[3] && !dated[4])) return null;
  const word = dated[2].toLowerCase();
  const month = cue.monthOfCue(word) ?? cy.monthOfWord(word);
  if (!month) return null;
  return { at: -1, end: 0, start: false, cue: { month, part: null, relative: null, heading: true, ...(dated[4] ? { year: Number(dated[4]) } : {}), ...(dated[1] || dated[3] ? { dated: true } : {}) } };
}
const HEADING_DATE = /^\s*(?:[•·*–—-]\s*)?(?:(\d{1,2})\s+)?(\p{L}{3,12})\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+((?:19|20)\d\d)(?:-?(?:га|го))?)?(?:\s*(?:г\.|года|году))?\s*[.:—–]\s/u;

function monthCuesIn(lower: string): MonthMention[] {
  const newYear = newYearCue(lower);
  if (!MONTH_HINT.test(lower)) return newYear;
  const found: MonthMention[] = [];
  for (const match of lower.matchAll(cue.MONTH_CUE)) {
    const words = match[0];
    const relative = /earlier this month/.test(words) ? 'earlier-this-month' : /(?:last|previous) month/.test(words) ? 'last-month' : /this month/.test(words) ? 'this-month' : null;
    const part = /\bearly|\bfirst half/.test(words) ? 'early' : /\bmid/.test(words) ? 'mid' : /\blate|\b(?:second|latter) half/.test(words) ? 'late' : null;
    if (/^since\b/.test(words)) continue;
    // "detained in September", "born on July 3": the month of an arrest, a sentence or a birth, not of the release
    if (cue.OTHER_EVENT_BEFORE_MONTH.test(lower.slice(Math.max(0, match.index - 40), match.index))) continue;
    const year = /^,?\s*(\d{4})\b/.exec(lower.slice(match.index + words.length))?.[1];
    // "beginning in July", "since the first round on July 3": the start of a count, not the time of the event
    // ("since July 2, when he pardoned 16": the when-clause is that day's)
    // ("counting from the July release", "after the February pardon": the month of the count's start or of the one before)
    // ("counting from July 2024": the cue's own "from" after a verb of counting)
    const counted = (/\b(?:counting|counted|reckoning|tallied|tallying)\s+$/.test(lower.slice(Math.max(0, match.index - 14), match.index)) && words.startsWith('from'))
      || (/\b(?:beginning|starting|begun|began|from|after)\s+(?:the\s+)?$|\b(?:beginning|starting|begun|began|from)\s*$/.test(lower.slice(Math.max(0, match.index - 16), match.index))
      || /\b(?:since|counting from|counted from|reckoning from)\b[^,;.]{0,40}$/.test(lower.slice(Math.max(0, match.index - 54), match.index)));
    const whenAt = counted ? /^\s*,?\s*when\b/.exec(lower.slice(match.index + words.length)) : null;
    const start = counted && !whenAt;
    const whenUntil = whenAt ? clauseEndAfter(lower, match.index + words.length + whenAt[0].length) : undefined;
    // "on 7 November", "November 7th": a day's date (a figure before "in November" is a count: "freed 33 in November")
    const dated = /\d/.test(words) || (!/^(?:in|during|on|by|from|at|towards?|the)\b/.test(words) && /(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/.test(lower.slice(Math.max(0, match.index - 8), match.index)))
      || /^\s+\d{1,2}(?:st|nd|rd|th)?(?![\d\p{L}])/u.test(lower.slice(match.index + words.length));
    // (the day a report gave its count: "its review, released on 23 December, counted 569")
    const asOf = AS_OF_BEFORE.test(lower.slice(Math.max(0, match.index - 24), match.index)) || REPORT_BEFORE_ITS_DAY.test(lower.slice(Math.max(0, match.index - 40), match.index));
    found.push({ at: match.index, end: match.index + words.length, start, ...(whenUntil !== undefined ? { whenUntil } : {}), ...(asOf ? { asOf } : {}), cue: { month: cue.monthOfCue(words), part: relative ? null : part, relative, ...(year ? { year: Number(year) } : {}), ...(dated ? { dated } : {}) } });
  }
  return inTextOrder(found, newYear);
}

/**
 * The month cue a figure belongs to: the nearer of the last one before it and the first one after it, where
 * one after it counts only in the same clause ("30 individuals on August 16", not "…, first given in November").
 */
/** Where a clause that opens at `from` ends: its next comma, semicolon, dash or full stop (a figure's "1,300" aside). */
function clauseEndAfter(lower: string, from: number): number {
  const rest = lower.slice(from).replace(/(?<=\d)[,.](?=\d{3})/g, '0');
  const at = rest.search(/[,;.]|\s[—–]\s/);
  return at < 0 ? lower.length : from + at;
}

function nearestMonthCue(all: MonthMention[], token: NumberToken, lower: string, tokens: NumberToken[], releaseVerb: RegExp): MonthCue | null {
  // (past its when-clause, a count's start is a start again: "since July, when 18 walked out, the total is 605")
  const cues = all.some((c) => c.whenUntil !== undefined && token.start >= c.whenUntil) ? all.filter((c) => c.whenUntil === undefined || token.start < c.whenUntil) : all;
  let before: MonthMention | undefined;
  for (const c of cues) if (c.at < token.start && !c.start) before = c;
  // (no cue before it nor close after it: nothing to weigh)
  if (!before && !cues.some((c) => !c.start && c.at >= token.end && c.at - token.end <= 60)) return null;
  // past another figure, a figure whose own clause names its day is that day's ("who freed 52 in September, released
  // another 123 on Saturday"), and a cue after a figure does not reach past another figure ("123 follows the freeing
  // of 52 in September"); a date's day or year is part of its cue, not a figure ("on August 16, … 30 people")
  // ("5 марта", "on 5 March": a day inside a cue is the cue's own, in either order)
  const figures = tokens.filter((t) => t !== token && !t.yearLike && !MONTH_BEFORE_DAY.test(lower.slice(Math.max(0, t.start - 12), t.start)) && !cues.some((c) => t.start >= c.at && t.end <= c.end));
  // (a table's row, "Month: July; Pardoned: 18; Total since July: 18", dates every cell)
  const rowCue = before !== undefined && /^(?:month|месяц)\s*:/u.test(lower.slice(before.at, before.at + 8));
  // "On Dec. 30, a year after the 20 pardoned on Dec. 28, 2024, he pardoned 22": the nearer date is the other figure's;
  // an earlier date that no figure owns dates this one
  let beforeOwned = false;
  // ("in early July another 16 were pardoned, nine of them women": a part's time is its whole's)
  const partOfBefore = PART_OF_THEM_AFTER.test(lower.slice(token.end, token.end + 16));
  if (before && !rowCue && !partOfBefore && (figureBetween(figures, before.end, token.start) || figureInClauseOf(before, lower, figures))) {
    beforeOwned = true;
    const free = cues.filter((c) => c.at < before!.at && !c.start && !figureInClauseOf(c, lower, figures)).pop();
    if (free) before = free;
    // (or a time of its own counted from another: "…, eleven days after 14 prisoners were freed")
    // ("первые 18 вышли в июле, последняя группа того года — 20": a look-back of the figure's own clause)
    else if (ownTimeIn(clauseText(lower, token)) || cue.OTHER_TIME.test(lower.slice(before.end, token.start)) || cy.hasWordsCy(cy.OTHER_TIME_CY, lower.slice(before.end, token.start))) before = undefined;
  }
  // a cue after the figure counts in its clause, or past an aside when the figure's verb comes after it ("another 31
  // people, all Ukrainians, were freed in November")
  // ("… another 37 and on 7 November another 31": a cue a figure of its own follows is that figure's)
  const after = cues.find((c) => !c.start && c.at >= token.end && c.at - token.end <= 60 && sameClause(lower.slice(token.end, c.at), releaseVerb) && !figureBetween(figures, token.end, c.at) && !ownsNextFigure(c, lower, figures));
  // ("…, найбуйнейшая — 37 чалавек — у верасні": a figure set between dashes, its time right after the closing one)
  const pastDash = after ? undefined : cues.find((c) => !c.start && c.at >= token.end && c.at - token.end <= 24 && /^\s*(?:\p{L}+\s+)?[—–]\s*$/u.test(lower.slice(token.end, c.at)));
  if (pastDash && /[—–]\s*$/u.test(lower.slice(0, token.start))) return pastDash.cue;
  // ("52 — 11 сентября, 31 украинец — 22 ноября": a list's item dated right after its own dash)
  const itemDay = cues.find((c) => !c.start && c.at >= token.end && c.at - token.end <= 40 && /^\s*(?:человек|чалавек)?\s*[—–]\s*(?:(?:по|па|паводле|согласно)\s+(?:указу|ўказу|указа|ўказа)\s+(?:от|ад)\s+)?(?:\d{1,2}\s+)?$/u.test(lower.slice(token.end, c.at)));
  if (itemDay && /(?:^|[:;,]|\s(?:и|і|а))\s*$/u.test(lower.slice(0, token.start))) return itemDay.cue;
  if (!before) return after?.cue ?? null;
  if (!after) return before.cue;
  // ("123 on Dec. 13 and 25 more on Dec. 30": a date another figure owns yields to the figure's own after it)
  if (beforeOwned && !figureInClauseOf(before, lower, figures.filter((t) => t.start > before!.end))) return after.cue;
  // ("An American freed in January, three released in a deal on February 12 and …": a cue in the figure's own part of a
  // list is its own, past a nearer one beyond a comma)
  const commaFree = (text: string) => !/[,;]/.test(text.replace(/(?<=\d),(?=\d{3})/g, ''));
  if (commaFree(lower.slice(token.end, after.at)) && !commaFree(lower.slice(before.end, token.start))) return after.cue;
  return after.at - token.end < token.start - before.end ? after.cue : before.cue;
}

// (nearestMonthCue's helpers are module functions, not closures made for each figure)
/** the figure's clause names its own day or a time told from another (the words looked for first: cyrillic.ts, hasWordsCy) */
const ownTimeIn = (clause: string): boolean => cy.hasWordsCy(OWN_DAY, clause) || cy.hasWordsCy(RELATIVE_TIME, clause);
const figureBetween = (figures: NumberToken[], from: number, to: number): boolean => figures.some((t) => t.start >= from && t.end <= to);
/** a cue after the figure counts in its clause, or past an aside when the figure's verb comes after it */
const sameClause = (gap: string, releaseVerb: RegExp): boolean => !/[;:—–()]/.test(gap) && (!gap.includes(',') || releaseVerb.test(gap.slice(gap.lastIndexOf(','))));
/** a cue a figure of its own follows is that figure's */
const ownsNextFigure = (c: MonthMention, lower: string, figures: NumberToken[]): boolean => figures.some((t) => t.start >= c.end && t.start - c.end <= 20 && /^\s*,?\s*(?:[—–-]\s*)?(?:another|a further|ещё|еще|яшчэ)\s+$/u.test(lower.slice(c.end, t.start)));

/** Another figure stands in the cue's own clause ("who freed 52 prisoners in September, …"): the cue is that figure's. */
function figureInClauseOf(cue: MonthMention, lower: string, figures: NumberToken[]): boolean {
  const before = lower.slice(0, cue.at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf('–')) + 1;
  const rest = lower.slice(cue.end).search(/[,;—–]/);
  const to = rest < 0 ? lower.length : cue.end + rest;
  return figures.some((t) => t.start >= from && t.end <= to);
}

/** a total's own span: "this year", "since July", "в этом году", "сёлета", "с июля", "з ліпеня" */
const OWN_SPAN = /(?:^|[^\p{L}])(?:this year|since july|in (?:19|20)\d\d|в этом году|с июля|сёлета|у гэтым годзе|з ліпеня|(?:в|у|ў) (?:19|20)\d\d (?:году|годзе))(?![\p{L}])/u;

/** a time counted from another event: "eleven days after", "a week before", "неделю спустя", "праз тыдзень пасля" */
const RELATIVE_TIME = /(?:^|[^\p{L}])(?:days?|weeks?|months?) (?:after|before|earlier|later)(?![\p{L}])|(?:дн\p{L}*|недел\p{L}*|месяц\p{L}*|тыд\p{L}*|дз[её]н\p{L}*) (?:спустя|после|до|пасля|раней|пазней)(?![\p{L}])/u;

/** a month's name right before a day's number: "august 16" */
const MONTH_BEFORE_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/;

/** a day the figure's own clause names: "on Saturday", "today", "в субботу", "сёння" */
const OWN_DAY = /(?:^|[^\p{L}])(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:'s|’s)|today|yesterday|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|ў? ?(?:панядзелак|аўторак|сераду|чацвер|пятніцу|суботу|нядзелю)|сегодня|вчера|сёння|учора)(?![\p{L}])/u;

/** The clause a figure stands in: between the nearest comma, semicolon or dash on either side. */
function clauseText(lower: string, token: NumberToken): string {
  const before = lower.slice(0, token.start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf('–'));
  const rest = lower.slice(token.end).search(/[,;—–]/);
  return lower.slice(from + 1, rest < 0 ? lower.length : token.end + rest);
}

function insideQuotation(sentence: string, at: number): boolean {
  // (the quotation marks before the figure counted by character code: three scans and their arrays for each figure cost more)
  let opens = 0;
  let straight = 0;
  for (let i = 0; i < at && i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code === 0x201c || code === 0xab) opens++; // “ «
    else if (code === 0x201d || code === 0xbb) opens--; // ” »
    else if (code === 34) straight++; // "
  }
  return opens > 0 || straight % 2 === 1;
}
