// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../extension/engine/time';
import { dateFromUrl, publishedDate } from '../../extension/page/publishedDate';
import { rangeFor } from '../../extension/page/ranges';
import { readPage } from '../../extension/page/readPage';

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('readPage', () => {
  it('reads the article in document order, headline first, one block per line', () => {
    const doc = load(`<head><title>t</title></head><body>
      <nav>Home 12 Sport</nav><header>Site 34</header>
      <h1>Belarus frees 29</h1>
      <main><p>First <b>para</b>graph.</p><script>var x = 55;</script><style>.a{}</style><ul><li>Item 1</li><li>Item 2</li></ul></main>
      <aside>Most read 77</aside><footer>© 2024</footer></body>`);
    const page = readPage(doc);
    expect(page.text).toBe('Belarus frees 29\nFirst paragraph.\nItem 1\nItem 2');
    expect(page.hasHeadline).toBe(true);
  });

  it('skips hidden, aria-hidden, editable and form content', () => {
    const doc = load(`<body><main><p>shown 1</p><p hidden>hidden 2</p><p aria-hidden="true">aria 3</p>
      <div contenteditable="true">editing 4</div><textarea>typed 5</textarea><input value="6"><p>shown 7</p></main></body>`);
    expect(readPage(doc).text).toBe('shown 1\nshown 7');
  });

  it('maps every offset back to the text node it came from, across inline elements', () => {
    const doc = load('<body><main><p>They freed <b>3</b><i>2</i> people.</p></main></body>');
    const page = readPage(doc);
    const start = page.text.indexOf('32');
    const range = rangeFor(doc, page.segments, start, start + 2)!;
    expect(range.toString()).toBe('32');
    expect(range.startContainer.textContent).toBe('3');
    expect(range.endContainer.textContent).toBe('2');
  });

  it('keeps one character per character: newlines inside text nodes become spaces, offsets stay exact', () => {
    const doc = load('<body><main><p>over\n1,200\u00a0political\tprisoners</p></main></body>');
    const page = readPage(doc);
    expect(page.text).toBe('over 1,200\u00a0political prisoners');
    expect(rangeFor(doc, page.segments, 5, 10)!.toString()).toBe('1,200');
  });

  it('stops at the character cap and says so', () => {
    const doc = load(`<body><main>${'<p>0123456789</p>'.repeat(50)}</main></body>`);
    const page = readPage(doc, { maxChars: 100 });
    expect(page.truncated).toBe(true);
    expect(page.text.length).toBeLessThanOrEqual(110);
  });

  it('never reads the extension\'s own UI', () => {
    const doc = load('<body><main><p>page 1</p></main></body>');
    const host = doc.createElement('pardon-check-ui');
    host.textContent = 'card 99';
    doc.querySelector('main')!.append(host);
    expect(readPage(doc, { exclude: host }).text).toBe('page 1');
  });
});

describe('readPage: entries', () => {
  it('marks each <article> in the content as an entry, with the date its <time> carries; nested articles stay inside', () => {
    const doc = load(`<body><main><h1>Live</h1>
      <article><time datetime="2025-01-13T10:00:00Z">10:00</time><p>Twenty freed.</p><article><p>Embedded post.</p></article></article>
      <p>Between entries.</p>
      <article><time>09:00</time><p>Undated entry.</p></article></main></body>`);
    const page = readPage(doc);
    expect(page.sections.map((s) => [page.text.slice(s.start, s.end).trim(), s.published])).toEqual([
      ['10:00\nTwenty freed.\nEmbedded post.', '2025-01-13'],
      ['09:00\nUndated entry.', null],
    ]);
  });

  it('a page that is one article has no entries: the article is the page', () => {
    expect(readPage(load('<body><article><h1>T</h1><p>Text 1.</p></article></body>')).sections).toEqual([]);
  });
});

describe('publishedDate', () => {
  it('reads meta tags, then JSON-LD, then <time>, then the URL', () => {
    expect(publishedDate(load('<head><meta property="article:published_time" content="2024-11-20T18:00:00+01:00"></head><body></body>'))).toBe('2024-11-20');
    expect(publishedDate(load('<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-12-09"}]}</script></head><body></body>'))).toBe('2024-12-09');
    expect(publishedDate(load('<body><article><time datetime="2025-01-03">3 Jan</time></article></body>'))).toBe('2025-01-03');
    expect(publishedDate(load('<body><p>no date</p></body>'), 'https://news.example/world/2024/11/07/belarus-pardons')).toBe('2024-11-07');
    expect(publishedDate(load('<body><p>no date</p></body>'), 'https://news.example/world/belarus')).toBeNull();
  });

  it('ignores broken JSON-LD and impossible dates', () => {
    expect(publishedDate(load('<head><script type="application/ld+json">{broken</script><meta name="date" content="2024-02-31"></head><body></body>'))).toBeNull();
    expect(dateFromUrl('/2024/13/40/x')).toBeNull();
    // leap years by the calendar's rule
    expect(['2024-02-29', '2023-02-29', '2000-02-29', '2100-02-29', '2024-04-31', '2024-00-10'].map((d) => normaliseDate(d))).toEqual(['2024-02-29', null, '2000-02-29', null, null, null]);
    // day first, as Russian and Belarusian pages write dates; never read as month first
    expect(['10.12.2024', '1.3.2026, 14:05', '31.12.2025', '12.31.2025', '29.02.2023'].map((d) => normaliseDate(d))).toEqual(['2024-12-10', '2026-03-01', '2025-12-31', null, null]);
  });
});
