/** Word patterns that tell what a figure counts and when. Lower-case text in, booleans or matches out. */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;

export const PARDON = /\b(?:pardon\w*|clemency|free[sd]?|set free|set to be freed|releas\w*|let go|amnest\w*|walk(?:ed)? free)\b/;
/** a verb of release right before the figure, allowing "an additional", "another" and a hedge in between */
export const PARDON_VERB_BEFORE = /\b(?:pardon(?:ed|s|ing)?|pardon of|freed|frees|free|set free|releas(?:ed|es|ing)|release of|let go of|clemency (?:to|for)):?\s+(?:(?:an\s+)?additional\s+|another\s+|a further\s+|a group of\s+|a total of\s+)?(?:[a-z]+\s+){0,2}$/;
export const HELD = /\b(?:remain\w*|belarus has|the country has|there are still|behind bars|in detention|in (?:jail|prison|custody)|jails|prisons|held|currently|incarcerated|still|there are|counted|languish\w*|are imprisoned|counts?|tally|number of political prisoners)\b/;
/** "1,253 remain behind bars", "over 1,200 are still in jail": a count of those held, its noun left implicit */
export const HELD_AFTER = /^\s*(?:are\s+|were\s+)?(?:still\s+)?(?:remain\w*|behind bars|in (?:jail|prison|detention|custody)|languish\w*|held)\b/;
export const TOTAL = /\b(?:in total|a total|the total|total number|in all|altogether|so far|to date|since july|since the first (?:round|wave|group|pardon|release)s?|this year|in \d{4}|overall|cumulative|tally|bringing the number|brings the number|taking the number)\b/;
/** a total over another period than the KB's (since 2020, "in four years", "over the years"): another basis */
export const OTHER_PERIOD = /\b(?:since (?:the (?:summer|start|beginning) of )?(?:19|20)\d{2}(?![\d-])|since the (?:19|20)\d{2}|over the years|(?:in|over|during) (?:the (?:past|last) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few) years)\b/;
/** people held for their politics, whatever the words: "political prisoners", "1,400 people behind bars for political activity" */
export const POLITICAL_PRISONERS = /\b(?:political prisoners?|opposition activists|prisoners of conscience|political detainees)\b|\b(?:people|persons|prisoners)\b[^.;]{0,60}\bfor (?:their )?(?:political (?:activity|activities|views|reasons)|voicing dissent|dissent|their views|political motives)\b|\bprisoners\b[^.;]{0,80}\b(?:viasna|vyasna|human rights (?:cent(?:er|re)|group|organi[sz]ation)s?)\b/;
export const RECOGNISED = /\brecogni[sz]e[ds]?\b/;
export const SINCE = /\b(?:since (?:july|the summer|mid-\d{4}|the first (?:round|wave|group|pardon|release)s?)|this year|in \d{4}|so far|to date)\b/;
export const TOTAL_BEFORE = /(?:^(?:in all|in total|altogether|all told),?\s+$|[,;:—–]\s*(?:in all|in total|altogether|all told),?\s+$|\btotal(?: number)?(?: of)?(?: [a-z0-9' ]+?)?\s+(?:to|of|at|reached|reaches|reaching|stands at|stood at|rose to|rises to|climbs to|hits|now|is|was)|\bto|\ba total of|\bsum of|\btally (?:to|of|at)|\btotal[a-z ]*:)\s+$/;
/**
 * The figure is the subject of a release: "37 were let go", "32 political prisoners pardoned by…",
 * "a further 20 detainees are to be released", headline-style "32 freed".
 */
export const PARDONED_AFTER = (() => {
  const noun = '(?:more|other|others|fellow|additional|political|prisoners?|captives|people|persons|individuals|detainees|convicts|inmates|activists|opposition)';
  // words between the noun and the verb, but never an active clause's subject or auxiliary ("…, Lukashenko has pardoned")
  const filler = "(?!(?:has|have|had|he|she|they|it|who|whom|which|that|lukash\\w*|but|and)\\b)[a-z’'-]+";
  // an adverb may sit between: "have been reportedly released"
  const aux = "(?:were|(?:have|has|had) (?:now |already |just |since |also )?been|was|are being|will be|are set to be|are to be|to be|are now|are|is|now|have|has|had)(?:\\s+[a-z]+ly)?";
  // the verb may stand in quotation marks: "have been “pardoned,”"
  const verb = '["“‘\']?(?:pardoned|freed|released|amnestied|let go|set free|granted clemency|walk(?:ed)? free|free)';
  return new RegExp(`^\\s*(?:(?:${noun}\\s+){1,3}(?:${filler}\\s+){0,4}?(?:${aux}\\s+)?|(?:${aux}\\s+)?)${verb}\\b`);
})();
export const PEOPLE_AFTER = /^\s*(?:of\s+)?(?:more\s+|additional\s+|other\s+|fellow\s+)?(?:others|political\s+(?:prisoners|detainees|captives)|prisoners|people|persons|individuals|detainees|inmates|convicts|activists|opposition\s+activists|men and women|of them|of those)\b/;
export const ARREST = /\b(?:arrest\w*|detain\w*|jailed|sentenc\w*|convict(?!s\b)\w*|imprison\w*|put in prison|behind bars|locked up)\b/;
export const PRONOUN_GROUP = /\b(?:of them|among them|of those|the group|including|they include|those (?:freed|released|pardoned))\b/;
export const FOREIGN_NATIONALS = /\b(?:foreign (?:nationals?|citizens?)|foreigners|(?:japanese|german|lithuanian|polish|latvian|american|u\.s\.|swiss|estonian|ukrainian|russian|french|british|slovak|czech) (?:nationals?|citizens?))\b/;
export const OTHER_COUNTRIES = /\b(?:russia|azerbaijan|kazakhstan|uzbekistan|venezuela|myanmar|iran|egypt|cuba|nicaragua|turkey|china|georgia|armenia|tajikistan|vietnam|bahrain|eritrea|united states|poland|lithuania|ukraine)\b/;
export const DECREE = /\bdecree/;

/** A month used as a time adverbial ("in August", "mid-September", "earlier this month"), not "the January election". */
export const MONTH_CUE = new RegExp(
  `\\b(?:(?:in|during|on|by|from)\\s+(?:early|mid|late)?[-\\s]?${MONTH}|(?:at|by|towards?) the (?:end|start|beginning|middle) of ${MONTH}|(early|mid|late)[-\\s]${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|${MONTH}(?=\\s*\\()|^month:\\s*(?:(?:early|mid|late)[-\\s])?${MONTH}|(earlier|later|late|early) this month|(last|this|previous) month)\\b(?!\\s+(?:presidential\\s+)?(?:election|vote|poll|ballot))`,
  'g',
);
export const OTHER_TIME = /\b(?:previous(?:ly)?|earlier|before that|ago|last year|the year before|last time|prior|the last round|preceding|a month earlier|in the (?:first|second|third|fourth|fifth|sixth|seventh) (?:round|wave))\b/;

export type CategoryKind = 'round_women' | 'round_men' | 'round_chronically_ill' | 'round_disabled' | 'round_over_50' | 'round_under_25' | 'round_under_40'
  | 'round_large_families' | 'round_minors' | 'round_pensioners'
  | 'round_with_children' | 'round_with_disabled_children' | 'round_married_couples' | 'round_political' | 'round_destination'
  | 'round_drug_offences' | 'round_foreigners' | 'round_nationals';

const NATIONALITY = '(?:lithuanian|latvian|german|french|british|polish|american|u\\.s\\.|estonian|japanese|swiss|ukrainian|russian|czech|slovak|swedish|norwegian|dutch|italian|spanish)';
const NATIONALS = '(?:lithuanians|latvians|germans|poles|americans|estonians|ukrainians|russians|czechs|slovaks|swedes|norwegians)';

/** Where those freed went: "114 were taken to Ukraine", "Nine … left Belarus for Lithuania", "to Ukraine (115)". */
const DESTINATION = '(?:lithuania|ukraine|poland|latvia|germany|the united states|the u\\.s\\.|the us|america)';

/** What a composition figure counts, read from the words right after it, up to the next figure. */
export const CATEGORY_AFTER: [CategoryKind, RegExp][] = [
  ['round_women', /^\s*(?:of (?:them|those|the \S+)(?:\s+[a-z]+){0,2}?\s+)?(?:are\s+|were\s+|is\s+|was\s+)?(?:women|woman|female)\b/],
  ['round_men', /^\s*(?:of (?:them|those|the \S+)(?:\s+[a-z]+){0,2}?\s+)?(?:are\s+|were\s+|is\s+|was\s+)?(?:men|man|male)\b/],
  ['round_over_50', /^[a-z ,]{0,30}?\b(?:over|above|older than)\s+(?:the\s+age\s+of\s+)?(?:50|fifty)\b|^[a-z ,]{0,25}?\baged\s+(?:50|fifty)\s+(?:and|or)\s+(?:over|above|older)/],
  ['round_under_25', /^[a-z ,]{0,30}?\b(?:under|below|younger than)\s+(?:the\s+age\s+of\s+)?(?:25|twenty-five)\b/],
  ['round_under_40', /^[a-z ,]{0,30}?\b(?:under|below|younger than)\s+(?:the\s+age\s+of\s+)?(?:40|forty)\b/],
  ['round_large_families', /^[a-z ,]{0,30}?\b(?:(?:mothers?|fathers?|parents?) of (?:large families|many children)|(?:have|has|with|had|are raising|raising|raise|are bringing up)\s+(?:many|several|three or more)\s+children|(?:have|has|with|had|are from)\s+large families)\b/],
  ['round_minors', /^[a-z ,]{0,40}?\b(?:(?:offended|committed (?:their|the|an?) (?:crimes?|offences?)) as (?:a )?minors?|were minors when)\b/],
  ['round_pensioners', /^[a-z ,]{0,25}?\b(?:pensioners?|retirees|of pension(?:able)? age)\b/],
  ['round_with_disabled_children', /^[a-z ,]{0,30}?\b(?:have|has|with|had|are raising|raising)\s+(?:a\s+)?(?:disabled (?:children|child)|(?:children|a child) with (?:a\s+)?disabilit\w+)/],
  ['round_married_couples', /^\s*(?:married couples?|couples?)\b/],
  ['round_political', /^\s*(?:of (?:whom|them|those)(?:\s+(?:pardoned|freed|released))?\s+|(?:individuals|people|persons|prisoners)\s+)?(?:were|had been|have been|are|was)?\s*(?:convicted|jailed|sentenced)\s+(?:under|of|on|for)\s+[^.;]{0,30}?(?:extremis\w*|politic\w*|protest\w*)/],
  ['round_drug_offences', /^\s*(?:of (?:whom|them|those)\s+|(?:individuals|people|persons|prisoners)\s+)?(?:were\s+|had been\s+|have been\s+)?(?:convicted\s+|jailed\s+|sentenced\s+)?(?:of|for|under)\s+drug|^\s*faced convictions? (?:related to|for) drug/],
  ['round_foreigners', /^\s*(?:(?:are|were|of them (?:are|were))\s+)?(?:foreigners|foreign (?:nationals|citizens|prisoners))\b/],
  ['round_nationals', new RegExp(`^\\s*(?:${NATIONALITY}(?:\\s+(?:nationals?|citizens?))?|${NATIONALS})\\b`)],
  ['round_destination', new RegExp(`^\\s*(?:of (?:the|those) (?:released|freed|pardoned)(?:\\s+(?:prisoners|people))?\\s+|of them\\s+|other (?:prisoners|people|detainees)\\s+|others\\s+)?(?:were\\s+|have been\\s+|had been\\s+)?(?:left (?:belarus )?for|(?:taken|sent|transferred|deported|expelled|flown|driven|moved|handed over|released|went|headed) to)\\s+${DESTINATION}\\b`)],
  ['round_with_children', /^[a-z ,]{0,30}?\b(?:(?:have|has|with|had|are parents of|parents of|are raising|raising|are bringing up)\s+(?:minor\s+|young\s+|underage\s+|their\s+)?(?:children|kids)|are (?:parents|mothers|fathers))\b/],
  ['round_chronically_ill', /^[a-z ,]{0,40}?\b(?:chronic\w*|seriously ill|terminally ill|illness(?:es)?|ill health|health (?:problems|conditions))\b/],
  ['round_disabled', /^[a-z ,]{0,30}?\b(?:disab\w+|invalids?|handicapped)\b/],
];

/** "transferred to Ukraine (115) or Lithuania (8)": a destination named just before the figure in brackets */
export const DESTINATION_BEFORE = new RegExp(`\\b(?:to|for|or|and)\\s+${DESTINATION}\\s*\\(\\s*$`);

/** "aged over 50", "under the age of 25": the 50 and the 25 name a category, they are not claims. */
export const THRESHOLD_BEFORE = /(?:\b(?:over|above|older than|under|below|younger than)\s+(?:the\s+)?(?:age\s+of\s+)?|\baged\s+(?:over\s+|above\s+|under\s+)?|\bage\s+of\s+)$/;
