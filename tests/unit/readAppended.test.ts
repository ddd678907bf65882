// @vitest-environment happy-dom
/**
 * A page that grew, read from where its last read ended: the same text, text map, sections and headline as a read
 * of the whole page, or no such read at all (null) where only a whole read can say what the page holds now.
 */
import { describe, expect, it } from 'vitest';
import { readAppendedSteps, readPage, type PageText } from '../../extension/page/readPage';
import { addedSubtrees } from '../../extension/content/pageGrowth';

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

function finish(steps: Generator<void, PageText>): PageText {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Reads the page, lets `grow` change it, and reads it again from the records of what changed; null when it cannot. */
async function grownRead(grow: (doc: Document) => void): Promise<{ grown: PageText | null; whole: PageText }> {
  const doc = document;
  const before = readPage(doc);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  grow(doc);
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  const added = addedSubtrees(records, null);
  const steps = added && readAppendedSteps(doc, before, added);
  return { grown: steps ? finish(steps) : null, whole: readPage(doc) };
}

const comparable = (page: PageText) => ({ ...page, segments: page.segments.map(({ node, start, end }) => [node.data, start, end]) });

describe('a page that grew, read from where its last read ended', () => {
  it('a feed adding entries: the same text, text map and entries as a whole read, each entry with its own date', async () => {
    load(`<body><header>Site</header><h1>Live: Belarus frees 32</h1><main>
      <article><time datetime="2024-11-21">Thu</time><p>Lukashenko pardoned 32 political prisoners.</p><div class="share"><button>Share</button></div></article>
      <div id="more"></div></main><footer>(c)</footer></body>`);
    const { grown, whole } = await grownRead((doc) => {
      for (const [day, figure] of [['2024-11-22', 18], ['2024-11-23', 20]]) {
        const entry = doc.createElement('article');
        entry.innerHTML = `<time datetime="${day}">Fri</time>\n  <p>Another <b>${figure}</b> were freed.</p> <p hidden>not shown 7</p>`;
        doc.querySelector('main')!.append('\n  ', entry);
      }
    });
    expect(grown).not.toBeNull();
    expect(comparable(grown!)).toEqual(comparable(whole));
    expect(whole.sections.map((s) => s.published)).toEqual(['2024-11-21', '2024-11-22', '2024-11-23']);
    expect(grown!.text).toContain('Another 20 were freed.');
  });

  it('paragraphs added at the end of a page read whole (no <main>), into an element that was empty', async () => {
    load('<body><h1>Belarus frees 32</h1><p>First 12.</p><div id="feed"></div><div class="ad"></div></body>');
    const { grown, whole } = await grownRead((doc) => {
      const feed = doc.getElementById('feed')!;
      for (const text of ['Second 13.', 'Third 14.']) feed.append(Object.assign(doc.createElement('p'), { textContent: text }));
      // added, then taken away again before the read: never read
      const spinner = doc.createElement('div');
      feed.append(spinner);
      spinner.remove();
    });
    expect(grown && comparable(grown)).toEqual(comparable(whole));
    expect(whole.text).toBe('Belarus frees 32\nFirst 12.\nSecond 13.\nThird 14.');
  });

  it('is no read where only a whole read says what the page holds', async () => {
    const page = '<body><main><h2>Belarus frees 32</h2><p id="first">Lukashenko pardoned <b>32</b> prisoners.</p><article><p>Entry 5.</p></article><div id="end"></div></main></body>';
    const cases: [string, (doc: Document) => void][] = [
      ['text edited in a part already read', (doc) => { doc.querySelector('b')!.firstChild!.nodeValue = '33'; }],
      ['a node removed from a part already read', (doc) => doc.getElementById('first')!.remove()],
      ['a paragraph added before text already read', (doc) => doc.getElementById('first')!.before(Object.assign(doc.createElement('p'), { textContent: 'Earlier 1.' }))],
      ['text that would join the last line read', (doc) => doc.getElementById('end')!.append('more 2')],
      ['a paragraph added inside an entry (its section grows)', (doc) => doc.querySelector('article')!.append(Object.assign(doc.createElement('p'), { textContent: 'Later 3.' }))],
      ['a headline that now comes first', (doc) => doc.getElementById('end')!.append(Object.assign(doc.createElement('h1'), { textContent: 'Breaking 4' }))],
    ];
    for (const [what, grow] of cases) {
      load(page);
      const { grown } = await grownRead(grow);
      expect(grown, what).toBeNull();
    }
  });

  it('is no read once the element read changes: a second entry on a page read as its one <article>', async () => {
    load('<body><p>Site menu 1</p><article><p>Lukashenko pardoned 32 prisoners.</p><div id="end"></div></article></body>');
    const { grown, whole } = await grownRead((doc) => doc.body.append(Object.assign(doc.createElement('article'), { textContent: 'Another 18.' })));
    expect(grown).toBeNull();
    expect(whole.text).toContain('Site menu 1');
  });
});
