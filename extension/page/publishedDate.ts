/** The date a page says it was published: meta tags, JSON-LD, <time>, then the URL. Null when none. */
import { normaliseDate } from '../engine/time';

const META_NAMES = ['article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date', 'cXenseParse:recs:publishtime'];

export function publishedDate(doc: Document, url?: string): string | null {
  for (const name of META_NAMES) {
    const meta = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
    const date = normaliseDate(meta?.getAttribute('content'));
    if (date) return date;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const date = dateFromJsonLd(script.textContent ?? '');
    if (date) return date;
  }
  const time = doc.querySelector('article time[datetime], main time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]');
  const fromTime = normaliseDate(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  return url ? dateFromUrl(url) : null;
}

function dateFromJsonLd(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const stack = [data];
  for (let guard = 0; stack.length && guard < 500; guard++) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return normaliseDate(record.datePublished);
      if (record['@graph']) stack.push(record['@graph']);
    }
  }
  return null;
}

/** "/2024/11/20/" or "/2024-11-20-" in a path. */
export function dateFromUrl(url: string): string | null {
  const match = url.match(/\/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/);
  return match ? normaliseDate(`${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`) : null;
}
