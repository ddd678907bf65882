/** Cheap scans of text the readers share, for what runs once per figure or per character. */

/**
 * `text.split(separator)[0]`, without splitting the rest of the text: the text up to the separator's first match (all
 * of it when there is none). The separator must not match the empty string (none of the engine's do), where split and
 * search would differ. A figure's window is cut this way for each figure, and split scanned and copied all of it.
 */
export function firstPart(text: string, separator: RegExp): string {
  const at = text.search(separator);
  return at < 0 ? text : text.slice(0, at);
}

/** `/\s/.test(c)` for one UTF-16 code unit: the white space and line terminators \s matches. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x1680 && (code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));
}

/**
 * `(text) => pattern.test(text)`, its answer for the last text kept: for a pattern asked of a whole sentence once for
 * each of its figures (the same text, figure after figure), the sentence is scanned once. The pattern must be neither
 * global nor sticky, so that its answer depends on the text alone.
 */
export function testOfLastText(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`testOfLastText: ${pattern} keeps a lastIndex`);
  let lastText: string | undefined;
  let lastFound = false;
  return (text) => {
    if (text !== lastText) {
      lastFound = pattern.test(text);
      lastText = text;
    }
    return lastFound;
  };
}

/**
 * Whether the last character of `text.slice(from, to)` that is not white space (\s) is one of `marks`: a cheap "maybe"
 * before a pattern that must end `[marks]\s*$` in that slice, tried from each of its places.
 */
export function lastMarkBefore(text: string, from: number, to: number, marks: string): boolean {
  let i = to - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  return i >= from && marks.includes(text[i]);
}

/**
 * Whether the first character of `text` that is not white space (\s) is an ASCII digit (\d): where it is, no pattern
 * that must find a word, a sign or a dash right after `^\s*` can match, and such patterns need not be asked.
 */
export function opensOnDigit(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const code = i < text.length ? text.charCodeAt(i) : -1;
  return code >= 48 && code <= 57;
}

/**
 * Whether the last character of `text` that is not white space (\s) is in the Cyrillic block (U+0400–U+04FF): a pattern
 * that must end in a Cyrillic word and spaces (`…(?:из|з)\s+$`) can match only where it is.
 */
export function endsOnCyrillic(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const code = i >= 0 ? text.charCodeAt(i) : -1;
  return code >= 0x400 && code <= 0x4ff;
}

/** The code of the last character of `text` that is not white space (\s), or -1 when there is none. */
export function lastNonSpaceCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 ? text.charCodeAt(i) : -1;
}
