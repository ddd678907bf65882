/**
 * The topic gate: the only code that runs on every page. It decides, from a bounded sample of the page's
 * text, whether the page talks about pardons or political prisoners at all, and keeps watching a page
 * that does not (feeds, single-page apps) until text that does arrives. Everything heavier (reading the
 * page, marks, cards) is loaded only once the gate opens.
 */
import { hasBelarusCue, hasTopicCue } from '../engine/topicCue';
import { measure } from './measure';
import { settleTimer } from './settle';

export const GATE_LIMITS = {
  /** characters of the page's text the gate looks at, at load and per added node */
  gateChars: 60_000,
  /** added nodes kept for the next gate; a flood beyond this is not sampled */
  maxPendingNodes: 500,
  /** the gate runs again after this much calm following a change… */
  settleMs: 250,
  /** …but no later than this after the first change, on a page that never calms down */
  maxWaitMs: 1000,
};

/**
 * What the gate reads: the first GATE_LIMITS.gateChars characters of the text under root, collected
 * node by node (no giant string for a huge page). Pages about the topic say so early; text added
 * later is gated on its own as it arrives.
 */
export function gateSample(root: Node | null, maxChars = GATE_LIMITS.gateChars): string {
  if (!root) return '';
  // a text node whose words changed: a walker from it would visit nothing below it
  if (root.nodeType === 3) return (root as Text).data.slice(0, maxChars);
  return [...sampleTexts(root, maxChars)].join(' ');
}

/**
 * The texts of the text nodes under root, in page order, skipping code and styles, until maxChars are read (the
 * node that passes the limit is read whole). Shared by the gate's two tests, so that both read the same sample.
 */
function* sampleTexts(root: Node, maxChars: number): Generator<string> {
  const doc = root.ownerDocument ?? (root as Document);
  const skip = codeTextNodes(root);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    if (skip.has(node)) continue;
    const text = (node as Text).data;
    length += text.length;
    yield text;
  }
}

/** Text nodes right inside these hold code or styles, not the page's words: the gate skips them. */
const CODE_PARENTS = 'script, style, noscript';

/**
 * The text nodes the gate skips under root, found once by the browser's selector engine: asking each text
 * node for its parent's name instead gives every parent element a wrapper in our world, on every page.
 */
function codeTextNodes(root: Node): Set<Node> {
  const skip = new Set<Node>();
  const element = root as Element;
  if (typeof element.querySelectorAll !== 'function') return skip;
  const holders = Array.from(element.querySelectorAll(CODE_PARENTS));
  if (typeof element.matches === 'function' && element.matches(CODE_PARENTS)) holders.push(element);
  for (const holder of holders) for (let child = holder.firstChild; child; child = child.nextSibling) skip.add(child);
  return skip;
}

/** About this many characters of text nodes are tested at once (joined by a line break, which no stem holds). */
const BELARUS_CHUNK_CHARS = 4000;

/**
 * Whether the first GATE_LIMITS.gateChars characters of the text under root name Belarus, stopping at the first
 * chunk that does. The nodes are tested a few thousand characters at a time, joined by a line break: a stem
 * split between two nodes matches no more than it did node by node, and one test per chunk instead of one per
 * node is what keeps a cold call cheap on a page of hundreds of paragraphs. The costlier topic words are not
 * looked for at all on the many pages that never name Belarus. (gateSample joins nodes with a space, so a stem
 * split between two nodes matched there neither.)
 */
export function sampleNamesBelarus(root: Node | null, maxChars = GATE_LIMITS.gateChars): boolean {
  if (!root) return false;
  if (root.nodeType === 3) return hasBelarusCue((root as Text).data.slice(0, maxChars));
  let chunk: string[] = [];
  let chunkLength = 0;
  for (const text of sampleTexts(root, maxChars)) {
    chunk.push(text);
    chunkLength += text.length;
    if (chunkLength < BELARUS_CHUNK_CHARS) continue;
    if (hasBelarusCue(chunk.join('\n'))) return true;
    chunk = [];
    chunkLength = 0;
  }
  return chunk.length > 0 && hasBelarusCue(chunk.join('\n'));
}

/**
 * What the gate has seen of a page so far: a pardon or prisoner word, and a word naming Belarus. The page is
 * on the topic once it has shown both, at load or in text added later (a live blog's update need not name
 * Belarus again).
 */
export interface GateSeen {
  topic: boolean;
  belarus: boolean;
  /** the page's own text at load named no Belarus, so its topic words were not looked for */
  pageUnread?: boolean;
}

const nothingSeen = (): GateSeen => ({ topic: false, belarus: false });

function look(text: string, seen: GateSeen): boolean {
  seen.belarus ||= hasBelarusCue(text);
  seen.topic ||= hasTopicCue(text);
  return seen.topic && seen.belarus;
}

/**
 * A report about the topic mostly says so in its title or headline, before any of its text is sampled. Then the
 * sample: the rarer and cheaper test first (a word naming Belarus), the topic words only where it is found.
 */
export function pageHasTopicCue(doc: Document, seen: GateSeen = nothingSeen()): boolean {
  if (look(`${doc.title}\n${doc.querySelector('h1')?.textContent ?? ''}`, seen)) return true;
  if (!seen.belarus && !sampleNamesBelarus(doc.body)) {
    seen.pageUnread = true;
    return false;
  }
  seen.belarus = true;
  return look(`${doc.title}\n${gateSample(doc.body)}`, seen);
}

/**
 * Text added to the page. Where it names Belarus for the first time on a page whose own text was not searched
 * for topic words (it named no Belarus at load), that text is searched now ("In Minsk, 20 more were freed" under
 * a report of pardons elsewhere).
 */
export function nodesHaveTopicCue(nodes: readonly Node[], seen: GateSeen = nothingSeen(), doc?: Document): boolean {
  if (nodes.some((node) => look(gateSample(node), seen))) return true;
  if (!seen.belarus || !seen.pageUnread || !doc) return false;
  seen.pageUnread = false;
  return look(`${doc.title}\n${gateSample(doc.body)}`, seen);
}

/** Nodes a batch of mutations added or changed, up to the cap, appended to pending. */
export function collectAdded(records: readonly MutationRecord[], pending: Node[]): void {
  for (const record of records) {
    const nodes = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
    for (const node of nodes) {
      if (pending.length >= GATE_LIMITS.maxPendingNodes) return;
      pending.push(node);
    }
  }
}

/**
 * Gates the page now and, while it is off the topic, every batch of text added to it. Calls onTopic
 * once, the first time the gate opens, and then stops watching. Returns a function that stops it.
 */
export function watchForTopic(doc: Document, onTopic: () => void): () => void {
  let observer: MutationObserver | null = null;
  let pending: Node[] = [];
  const seen = nothingSeen();
  const gateAdded = settleTimer(() => {
    const added = pending;
    pending = [];
    gate(() => nodesHaveTopicCue(added, seen, doc));
  }, () => ({ calmMs: GATE_LIMITS.settleMs, maxWaitMs: GATE_LIMITS.maxWaitMs }));
  const stop = () => {
    observer?.disconnect();
    observer = null;
    gateAdded.cancel();
  };
  const gate = (test: () => boolean) => {
    const started = performance.now();
    const open = test();
    measure('gate', started);
    if (open) {
      stop();
      onTopic();
    }
    return open;
  };
  if (gate(() => pageHasTopicCue(doc, seen))) return stop;

  const target = doc.body ?? doc.documentElement;
  // wait for calm, but a page that never calms down is gated at least every maxWaitMs
  observer = new MutationObserver((records) => {
    collectAdded(records, pending);
    gateAdded.touch();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  return stop;
}
