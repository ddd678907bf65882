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
