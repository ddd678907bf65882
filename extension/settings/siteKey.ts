/**
 * Which site a page belongs to, as the per-site switch keys it: the registrable domain from the public
 * suffix list (tldts), so `news.bbc.co.uk` and `www.bbc.co.uk` are one site while `a.github.io` and
 * `b.github.io` are two (the list's private section counts). IP addresses and local names are their own
 * site. Used where a choice is written (the popup); reading a choice needs no list (settings.siteChoice).
 */
import { parse } from 'tldts';
import { isSiteKey } from './settings';

export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  const { domain, isIp } = parse(host, { allowPrivateDomains: true });
  const key = (!isIp && domain) || host;
  return isSiteKey(key) ? key : null;
}
