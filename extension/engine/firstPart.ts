/**
 * `text.split(separator)[0]`, without splitting the rest of the text: the text up to the separator's first match (all
 * of it when there is none). The separator must not match the empty string (none of the engine's do), where split and
 * search would differ. A figure's window is cut this way for each figure, and split scanned and copied all of it.
 */
export function firstPart(text: string, separator: RegExp): string {
  const at = text.search(separator);
  return at < 0 ? text : text.slice(0, at);
}
