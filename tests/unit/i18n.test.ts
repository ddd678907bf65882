/**
 * The interface's messages in English, Russian and Belarusian: every message in every language with the same
 * placeholders, every plural category a language has, every message the code asks for, and counts in the right form.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { keyOf } from '../../extension/i18n/explain';
import { formatDay, formatNumber, LANGS, pluralCategory, pluralName, substitute, t, tPlural, uiLang, type Lang } from '../../extension/i18n/i18n';

type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const files = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as MessageFile])) as Record<Lang, MessageFile>;
const CATEGORIES = /_(zero|one|two|few|many|other)$/;
const categoriesOf = (lang: Lang) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

/** Messages by base name: a plural message's forms under their base ("figuresChecked": one, few, many, other). */
function byBase(file: MessageFile): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of Object.keys(file)) {
    const match = key.match(CATEGORIES);
    const base = match && `${key.slice(0, match.index)}_other` in file ? key.slice(0, match.index) : key;
    if (!bases.has(base)) bases.set(base, new Set());
    if (base !== key) bases.get(base)!.add(match![1]);
  }
  return bases;
}

const isExplain = (key: string) => key.startsWith('explain_');
/**
 * Explanation messages only English sentences ask for (through a slot only they have: "the round of …", "was"/"were").
 * Any other English one must be in Russian and Belarusian too: a browser falls back on English for a message its
 * language lacks, and an English word would land in a Russian sentence.
 */
const ENGLISH_ONLY = ['explain_roundOf', 'explain_wasWere_one', 'explain_wasWere_other'];
const placeholdersUsed = (text: string) => [...text.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1].toLowerCase()).sort();
const slotsUsed = (text: string) => [...text.matchAll(/\{([A-Z]+)\}/g)].map((m) => m[1]).sort();

describe('the message files', () => {
  it('each names its own language in `lang`, which is how the interface knows the language the browser chose', () => {
    for (const lang of LANGS) expect(files[lang].lang.message).toBe(lang);
  });

  it('have every message in all three languages; each English explanation message in Russian and Belarusian too', () => {
    const [en, ru, be] = LANGS.map((lang) => [...byBase(files[lang]).keys()]);
    expect(ru.filter((k) => !isExplain(k)).sort()).toEqual(en.filter((k) => !isExplain(k)).sort());
    expect(be.sort()).toEqual(ru.sort());
    // English has no case forms and takes the KB's own words (labels, attributions, hedges), so it needs fewer
    const englishExplain = Object.keys(files.en).filter(isExplain);
    expect(englishExplain.length).toBeGreaterThan(100);
    const [ruBases, beBases] = [byBase(files.ru), byBase(files.be)];
    const shared = [...byBase(files.en).keys()].filter((base) => isExplain(base) && !ENGLISH_ONLY.some((k) => k.startsWith(base)));
    expect(shared.filter((base) => !ruBases.has(base) || !beBases.has(base))).toEqual([]);
    // and no Russian or Belarusian sentence asks for what only English has
    for (const lang of ['ru', 'be'] as const) for (const key of ENGLISH_ONLY) expect(files[lang][key], `${lang} ${key}`).toBeUndefined();
  });

  it('give each plural message exactly the forms its language distinguishes (one/other; one/few/many/other)', () => {
    expect(categoriesOf('ru').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(categoriesOf('be').sort()).toEqual(['few', 'many', 'one', 'other']);
    for (const lang of LANGS) {
      const plurals = [...byBase(files[lang]).entries()].filter(([, forms]) => forms.size > 0);
      expect(plurals.length).toBeGreaterThan(lang === 'en' ? 5 : 10);
      for (const [base, forms] of plurals) expect([...forms].sort(), `${lang} ${base}`).toEqual(categoriesOf(lang).sort());
    }
  });

  it('give each message the same placeholders in every language, and each form uses all of them', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(files[lang])) {
        expect(entry.message.trim(), `${lang} ${key} is empty`).not.toBe('');
        const base = key.replace(CATEGORIES, '');
        const english = files.en[key] ?? files.en[`${base}_other`];
        if (isExplain(key)) {
          expect(entry.placeholders, `${lang} ${key}`).toBeUndefined();
          // English sentences are built their own way ("the round of …" where Russian names months): judgeFinding.test.ts checks what they write
          if (lang === 'en') continue;
          const other = files[lang === 'ru' ? 'be' : 'ru'][key];
          expect(slotsUsed(entry.message), `${lang} ${key}`).toEqual(slotsUsed(other.message));
          continue;
        }
        expect(english, `${lang} ${key} has no English`).toBeDefined();
        expect(entry.placeholders ?? {}, `${lang} ${key}`).toEqual(english.placeholders ?? {});
        expect(placeholdersUsed(entry.message), `${lang} ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      }
    }
  });

  it('hold every message the code asks for (a message missing from the files fails here, not in front of a reader)', () => {
    const sources = ['entrypoints', 'extension/ui', 'extension/i18n'].flatMap(function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    });
    const asked = new Set<string>();
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      // the first argument of each call for a message, ternaries included
      for (const call of code.matchAll(/\b(t|tPlural|tSlots|tPluralSlots)\(\s*([^,()]*?)\s*[,)]/g)) {
        for (const literal of call[2].matchAll(/(?<![=!]==\s*)'([A-Za-z0-9_]+)'/g)) asked.add(call[1].startsWith('tPlural') ? `${literal[1]}_other` : literal[1]);
      }
      // tables of message names (VERDICT_COUNT, DISMISS_LABEL, THEME_WORDS…)
      for (const table of code.matchAll(/const [A-Z_]+(?:: Record<[^>]+>)? = \{([^}]*)\}/g)) {
        for (const literal of table[1].matchAll(/:\s*'([a-z]+[A-Z][A-Za-z]*(?:_[a-z]+)?)'/g)) asked.add(literal[1].startsWith('verdictCount') ? `${literal[1]}_other` : literal[1]);
      }
    }
    expect(asked.size).toBeGreaterThan(150);
    for (const lang of LANGS) expect([...asked].filter((key) => !(key in files[lang])), lang).toEqual([]);
    // the manifest's name, description and command
    for (const key of ['extName', 'extDescription', 'commandToggleMarks']) expect(readFileSync('wxt.config.ts', 'utf8')).toContain(`__MSG_${key}__`);
  });

  it('name in Russian and Belarusian everything the KB can put in an explanation: its sources, context figures, kinds, rounds', () => {
    const kinds = [...readFileSync('extension/engine/types.ts', 'utf8').match(/export type ClaimKind =([^;]+);/)![1].matchAll(/'([a-z_0-9]+)'/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(25);
    const needed = [
      ...kinds.map((kind) => `explain_label_${kind}`),
      ...kinds.filter((k) => k.startsWith('round_') && k !== 'round_size' && k !== 'round_ordinal').map((kind) => `explain_counted_${kind}`),
      ...kb.facts.filter((f) => f.attributedTo).map((f) => `explain_by_${keyOf(f.attributedTo!)}`),
      ...kb.facts.filter((f) => f.round === undefined && f.kind !== 'prisoners_held').map((f) => `explain_fact_${keyOf(f.id)}`),
      // a round dated to the day is named by its day ("помилование 7 мая 2025 г."), the others by their ordinal
      ...kb.rounds.flatMap((r) => ['Nom', 'Gen', 'Prep'].map((form) => (r.window.from === r.window.to ? `explain_${r.means === 'decree' ? 'dayPardon' : 'dayRelease'}${form}` : `explain_ord${form}_${r.round}`))),
      ...kb.facts.filter((f) => f.kind === 'round_ordinal').flatMap((f) => ['Nom', 'Gen', 'Prep'].map((form) => `explain_ord${form}_${f.value}`)),
      ...kb.rounds.filter((r) => r.part).map((r) => `explain_part_${r.part}`),
    ];
    for (const lang of ['ru', 'be'] as const) expect(needed.filter((key) => !(key in files[lang])), lang).toEqual([]);
    // English: the kinds and rounds; its cases are all nominative, and the KB's own words name its sources and facts
    const english = needed.filter((key) => !/^explain_(counted|by|fact)_|Gen|Prep/.test(key));
    expect(english.length).toBeGreaterThan(40);
    expect(english.filter((key) => !(key in files.en))).toEqual([]);
  });
});

describe('plural forms', () => {
  it('follow each language\'s rules: 1, 21 one; 2–4, 22 few; 5–20, 11–14, 25 many', () => {
    const of = (lang: Lang, counts: number[]) => counts.map((n) => pluralCategory(lang, n));
    const counts = [1, 2, 4, 5, 11, 12, 21, 22, 25, 0, 101, 111];
    expect(of('ru', counts)).toEqual(['one', 'few', 'few', 'many', 'many', 'many', 'one', 'few', 'many', 'many', 'one', 'many']);
    expect(of('be', counts)).toEqual(of('ru', counts));
    expect(of('en', counts)).toEqual(['one', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other']);
  });

  it('count figures as a reader writes them: 1 figure / 2 figures, 1 цифра / 2 цифры / 5 цифр, 1 лічба / 2 лічбы / 5 лічбаў', () => {
    const checked = (lang: Lang, n: number) => substitute(files[lang], pluralName('figuresChecked', n, lang), [formatNumber(n, lang)]);
    expect([1, 2, 5].map((n) => checked('en', n))).toEqual(['1 figure checked', '2 figures checked', '5 figures checked']);
    expect([1, 2, 5, 21, 1278].map((n) => checked('ru', n))).toEqual(['1 цифра проверена', '2 цифры проверены', '5 цифр проверено', '21 цифра проверена', '1\u00a0278 цифр проверено']);
    expect([1, 2, 5, 22].map((n) => checked('be', n))).toEqual(['1 лічба праверана', '2 лічбы правераны', '5 лічбаў праверана', '22 лічбы правераны']);
    const badge = (lang: Lang, d: number, all: number) => substitute(files[lang], pluralName('badgeTitle', d, lang), [String(d), String(all)]);
    expect(badge('ru', 3, 7)).toBe('Pardon Check: 3 цифры из 7 расходятся с источниками');
    expect(badge('be', 1, 7)).toBe('Pardon Check: 1 лічба з 7 разыходзіцца з крыніцамі');
  });
});

describe('in a browser', () => {
  const scope = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete scope.chrome;
  });
  /** the browser's getMessage over one language's file, as an extension in that language sees it */
  const browserIn = (lang: Lang) => {
    scope.chrome = { i18n: { getMessage: (name: string, subs?: string[]) => substitute(files[lang], name, subs) } };
  };

  it('takes the language from the messages the browser chose, and formats counts and dates for it', () => {
    browserIn('ru');
    expect(uiLang()).toBe('ru');
    expect(tPlural('figuresChecked', 3)).toBe('3 цифры проверены');
    expect(t('popupHorizon', [formatDay('2024-11-12')])).toBe('База полна до 12 ноября 2024 г.');
    browserIn('be');
    expect(uiLang()).toBe('be');
    expect(tPlural('verdictCount_contradicted', 5)).toBe('5 абвергнутых');
    expect(formatDay('2024-11-12')).toBe('12 лістапада 2024 г.');
  });

  it('outside a browser reads the English file, as an English browser would', () => {
    expect(uiLang()).toBe('en');
    expect(tPlural('figuresChecked', 1)).toBe('1 figure checked');
    expect(t('popupHorizon', [formatDay('2024-11-12')])).toBe('Complete up to 12 November 2024');
    expect(t('no_such_message')).toBe('no_such_message');
  });
});
