/**
 * The pages the browser bench loads, generated from the corpus and our own sentences: news-site pages with the
 * weight of a real site (the rows with targets) and bare ones (worst cases, BENCH_ROWS=all).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusPage } from '../evaluate';
import { corpusDir } from './options';

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const topicalReports = readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => loadCorpusPage(join(corpusDir, f))).filter((p) => p.expected.length > 0).slice(0, 40);
const offTopicSentences = [
  'The city council approved a budget of 4.2 billion for the coming year, with 12% more for schools.',
  'Rail traffic resumed on 3 lines after 48 hours of repairs, the operator said on Tuesday.',
  'The home side won 3-1, their 14th win in 20 games, in front of 31,000 supporters.',
  'Inflation slowed to 2.9% in October, while unemployment stayed at 5.1% for the third month.',
  'Researchers tracked 1,300 households over 7 years and found energy use fell by a fifth.',
];

/**
 * Pardons and political prisoners in other countries (our own sentences): the topic's words without
 * Belarus, the news readers meet far more often than the topic itself.
 */
const otherPardonSentences = [
  'The president pardoned 1,500 people charged over the riot at the Capitol within hours of taking office.',
  'Rights monitors in Nicaragua counted 135 political prisoners put on a plane and stripped of their citizenship.',
  "Iran's judiciary announced clemency for 2,000 convicts on the anniversary, though lawyers said few political detainees were among them.",
  'A pardon decree in Azerbaijan covered 154 people, including 9 reporters held since last winter.',
  'Moscow and Washington exchanged 26 prisoners on an airport runway in August, the largest swap in decades.',
  'A departing governor commuted 17 death sentences to life terms, citing doubts about the evidence.',
  'Lawyers for 42 political prisoners in Venezuela asked a court to release them after 18 months without trial.',
  'An amnesty in Myanmar freed 5,864 inmates, among them 114 foreigners, state television reported.',
  'Campaigners in Egypt said 30 prisoners of conscience were released but 70 more were arrested the same month.',
  'The king granted clemency to 2,476 people to mark the holiday, the palace said in a statement.',
];

function layout(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="date" content="2024-12-30"></head>`
    + `<body><nav><a href="#">Home</a> <a href="#">World</a></nav><main><h1>${title}</h1>${body}</main><footer>© 2024</footer>${script}</body></html>`;
}

/** A live-blog entry's time of day, spread over the morning. */
const entryTime = (i: number) => `${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;

function liveBlog(copies: number): string {
  const entries: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const [i, report] of topicalReports.entries()) {
      const paragraphs = report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('');
      entries.push(`<article class="entry"><time>${entryTime(i)}</time>${paragraphs}</article>`);
    }
  }
  return layout('Live: Belarus pardons political prisoners', entries.join('\n'));
}

/**
 * The weight a news site gives a page: a site stylesheet (about 30 kB, generated), header and
 * navigation, share bars with icons, images, a sidebar of teasers, a footer of links. The bare pages
 * above are the cheapest a page can be, so a fixed cost per page shows there at its largest share; the
 * same content in this shell shows it at a realistic one. No page script of its own beyond what the
 * page needs: the frameworks, ads and analytics real sites run would only add to the page's time, and
 * we do not invent them.
 */
const newsSite = (() => {
  const parts = ['header', 'masthead', 'nav', 'trending', 'entry', 'entry-meta', 'byline', 'share', 'figure', 'caption', 'teaser', 'rail', 'footer', 'newsletter', 'tag', 'card'];
  const rules: string[] = ['*,*::before,*::after{box-sizing:border-box}', 'body{margin:0;font:17px/1.55 Georgia,serif;color:#1a1a1a;background:#fafafa}', '.page{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;max-width:1200px;margin:0 auto;padding:0 16px}', 'img{max-width:100%;height:auto;display:block}',
    'header.header{flex-wrap:wrap;align-items:center;background:#fff;padding:12px 16px}', 'ul{display:flex;flex-wrap:wrap;gap:6px 14px;list-style:none;margin:0;padding:0}', 'main h1{font:700 34px/1.15 Helvetica,Arial,sans-serif}',
    '.header,.share,.entry-meta{display:flex;gap:8px}', '.share button{display:inline-flex;align-items:center;gap:4px}'];
  for (const [i, part] of parts.entries()) {
    for (const variant of ['', '--large', '--compact', '--dark', '--featured']) {
      const c = `.${part}${variant}`;
      rules.push(`${c}{gap:${i % 5}px;padding:${i % 4 * 4}px ${i % 3 * 8}px;margin:0 0 ${i % 6 * 4}px;border-bottom:1px solid rgba(0,0,0,.${i % 9 + 1});font-size:${14 + (i % 5)}px}`);
      rules.push(`${c} a{color:#${(0x204080 + i * 4099).toString(16).slice(0, 6)};text-decoration:none}`, `${c} a:hover,${c} a:focus-visible{text-decoration:underline;outline:2px solid currentColor}`);
      rules.push(`${c}>h2,${c}>h3{font:700 ${18 + i % 6}px/1.2 Helvetica,Arial,sans-serif;margin:0 0 8px;letter-spacing:-.01em}`, `${c}::before{content:"";display:${i % 2 ? 'none' : 'block'};width:24px;height:3px;background:#c00}`);
      rules.push(`${c} p:first-of-type{margin-top:0}`, `${c} time{font:600 13px/1 Helvetica,Arial,sans-serif;color:#666;text-transform:uppercase}`, `${c} button{font:inherit;border:1px solid #ccc;border-radius:16px;padding:4px 10px;background:#fff;cursor:pointer}`);
      rules.push(`@media (max-width:${720 + i * 20}px){${c}{padding:${i % 3 * 4}px;font-size:${13 + i % 3}px}${c} .rail{display:none}}`);
    }
  }
  const icon = (n: number) => `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 ${n % 8 + 2}h12v2H2z M${n % 10 + 2} 2v12h2V2z"/></svg>`;
  const image = (n: number) => `<img width="640" height="360" alt="" src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' width='640' height='360'><rect width='640' height='360' fill='#${(0x556677 + n * 2731).toString(16).slice(0, 6)}'/></svg>`)}">`;
  const links = (n: number, label: string) => Array.from({ length: n }, (_, i) => `<li><a href="#${label}-${i}">${label} ${i + 1}</a></li>`).join('');
  const shareBar = (n: number) => `<div class="share">${['Share', 'Post', 'Email', 'Copy link'].map((label, k) => `<button type="button">${icon(n + k)} ${label}</button>`).join('')}</div>`;
  const teasers = Array.from({ length: 15 }, (_, i) => `<div class="teaser card">${image(100 + i)}<h3><a href="#t${i}">Other story ${i + 1}</a></h3><p>A short summary of another story on the site.</p></div>`).join('');
  return {
    /** a live-blog entry: time, byline, a photo on every fourth, the paragraphs, a share bar */
    entry(i: number, paragraphs: string): string {
      const figure = i % 4 === 0 ? `<figure class="figure">${image(i)}<figcaption class="caption">Photo ${i + 1}</figcaption></figure>` : '';
      return `<article class="entry entry--${i % 3 ? 'compact' : 'featured'}"><div class="entry-meta"><time>${entryTime(i)}</time> <span class="byline">Staff reporter</span></div>${figure}${paragraphs}${shareBar(i)}</article>`;
    },
    shareBar,
    page(title: string, main: string, script = ''): string {
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="date" content="2024-12-30"><style>${rules.join('\n')}</style></head>`
        + `<body><header class="header masthead"><a href="#" class="logo">${icon(99)} The Daily Example</a><nav class="nav"><ul>${links(40, 'Section')}</ul></nav><div class="trending"><ul>${links(8, 'Trending')}</ul></div></header>`
        + `<div class="page"><main><h1>${title}</h1>${main}</main><aside class="rail">${teasers}</aside></div>`
        + `<footer class="footer"><div class="newsletter"><p>Sign up for the morning briefing.</p><button type="button">Sign up</button></div><ul>${links(60, 'About')}</ul></footer>${script}</body></html>`;
    },
  };
})();

function liveBlogOnNewsSite(): string {
  const entries = topicalReports.map((report, i) => newsSite.entry(i, report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('')));
  return newsSite.page('Live: Belarus pardons political prisoners', entries.join('\n'));
}

/**
 * The page most readers meet: one report as a news site's article (meta line, photo, body, share bar), with
 * the site's "more news" cards and a comment thread below it in the same shell. The comments and cards are
 * our own words, off the topic.
 */
function articleOnNewsSite(): string {
  const report = topicalReports[0];
  const body = report.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('');
  const more = Array.from({ length: 30 }, (_, i) => `<div class="card teaser--compact"><h3><a href="#m${i}">More news ${i + 1}</a></h3><p>A summary of another story from the site's other sections.</p><time>${entryTime(i)}</time></div>`).join('');
  const comments = Array.from({ length: 40 }, (_, i) => `<div class="comment tag"><p class="byline">Reader ${i + 1} <time>${entryTime(i)}</time></p><p>${['Thanks for the report.', 'Is there an update on this?', 'Good to see this covered.', 'Where can I read more?'][i % 4]}</p>${newsSite.shareBar(i)}</div>`).join('');
  const article = `<article class="story"><div class="entry-meta"><time>${entryTime(0)}</time> <span class="byline">Staff reporter</span></div>`
    + `<figure class="figure"><figcaption class="caption">Photo</figcaption></figure><div class="article-body">${body}</div>${newsSite.shareBar(0)}</article>`;
  return newsSite.page('Belarus pardons political prisoners', `${article}<section class="more"><h2>More news</h2>${more}</section><section class="comments"><h2>Comments</h2>${comments}</section>`);
}

function offTopic(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<p>${offTopicSentences[i % offTopicSentences.length]} ${offTopicSentences[(i * 3 + 1) % offTopicSentences.length]}</p>`);
  return layout('City news: budget, trains and football', body.join('\n'));
}

/** Starts with one report and appends 1,000 paragraphs in 40 bursts of 25, every 50 ms (infinite scroll). */
function infiniteScroll(): string {
  const lines = topicalReports.flatMap((r) => r.text.split('\n'));
  const script = `<script>
    const lines = ${JSON.stringify(lines)};
    let burst = 0, n = 0;
    const timer = setInterval(() => {
      const feed = document.querySelector('main');
      for (let i = 0; i < 25; i++) { const p = document.createElement('p'); p.textContent = lines[n++ % lines.length]; feed.append(p); }
      if (++burst === 40) { clearInterval(timer); document.title += ' (done)'; }
    }, 50);
  </script>`;
  return layout('Live: Belarus pardons political prisoners', `<p>${escape(topicalReports[0].text.split('\n')[1])}</p>`, script);
}

/** The same feed in a news site's layout: each burst of 25 paragraphs arrives as an entry with its share bar. */
function infiniteScrollOnNewsSite(): string {
  const lines = topicalReports.flatMap((r) => r.text.split('\n'));
  const script = `<script>
    const lines = ${JSON.stringify(lines)};
    const share = ${JSON.stringify(newsSite.shareBar(0))};
    let burst = 0, n = 0;
    const timer = setInterval(() => {
      const entry = document.createElement('article');
      entry.className = 'entry entry--compact';
      entry.innerHTML = '<div class="entry-meta"><time>' + String(burst % 60).padStart(2, '0') + ':00</time> <span class="byline">Staff reporter</span></div>';
      for (let i = 0; i < 25; i++) { const p = document.createElement('p'); p.textContent = lines[n++ % lines.length]; entry.append(p); }
      entry.insertAdjacentHTML('beforeend', share);
      document.querySelector('main').append(entry);
      if (++burst === 40) { clearInterval(timer); document.title += ' (done)'; }
    }, 50);
  </script>`;
  return newsSite.page('Live: Belarus pardons political prisoners', newsSite.entry(0, `<p>${escape(topicalReports[0].text.split('\n')[1])}</p>`), script);
}

/** An article of many paragraphs in the news site's shell: meta line, share bars, a photo every 40 paragraphs. */
function newsArticle(title: string, sentences: string[], paragraphs: number): string {
  const body: string[] = [`<div class="entry-meta"><time>09:30</time> <span class="byline">Staff reporter</span></div>${newsSite.shareBar(0)}`];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 40 === 39) body.push(`<figure class="figure"><img width="640" height="360" alt=""><figcaption class="caption">Photo ${i + 1}</figcaption></figure>`);
    body.push(`<p>${escape(sentences[i % sentences.length])} ${escape(sentences[(i * 3 + 1) % sentences.length])}</p>`);
  }
  body.push(newsSite.shareBar(1));
  return newsSite.page(title, `<article class="entry">${body.join('\n')}</article>`);
}

export interface Row {
  html: string;
  /** the page's own script says "(done)" in its title when it has finished changing */
  waitForDone?: boolean;
}

/** The rows with targets (issue 20): pages with a news site's weight. */
export const ROWS: Record<string, Row> = {
  'off-topic, 800 paragraphs': { html: newsArticle('City news: budget, trains and football', offTopicSentences, 800) },
  "other countries' pardons, 800 paragraphs": { html: newsArticle('Pardons and prisoners around the world', otherPardonSentences, 800) },
  'news article, 1 report, with cards and comments': { html: articleOnNewsSite() },
  'live blog, 40 reports': { html: liveBlogOnNewsSite() },
  'infinite-scroll feed, +1,000 paragraphs': { html: infiniteScrollOnNewsSite(), waitForDone: true },
};
/** BENCH_ROWS=all: the bare pages (worst cases, without a target). */
export const MORE_ROWS: Record<string, Row> = {
  'bare: off-topic, 4,000 paragraphs': { html: offTopic(4000) },
  'bare: live blog, 40 reports': { html: liveBlog(1) },
  'bare: live blog ×16 (640 reports)': { html: liveBlog(16) },
  'bare: infinite scroll': { html: infiniteScroll(), waitForDone: true },
};
export const PAGES: Record<string, Row> = { ...ROWS, ...(process.env.BENCH_ROWS === 'all' ? MORE_ROWS : {}) };
/** The memory section's page (the checker's heap), served whatever the rows. */
export const MEMORY_PAGE = 'memory: bare live blog ×16 (640 reports)';
export const SERVED: Record<string, Row> = { ...ROWS, ...MORE_ROWS, [MEMORY_PAGE]: { html: liveBlog(16) } };
