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
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const text = (node as Text).data;
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ');
}

/**
 * Whether the first GATE_LIMITS.gateChars characters of the text under root name Belarus: each text node tested on
 * its own as the walk reaches it, stopping at the first that does. No string of the whole sample is built, and the
 * costlier topic words are not looked for at all on the many pages that never name Belarus. (gateSample joins
 * nodes with a space, so a stem split between two nodes matched there neither.)
 */
export function sampleNamesBelarus(root: Node | null, maxChars = GATE_LIMITS.gateChars): boolean {
  if (!root) return false;
  if (root.nodeType === 3) return hasBelarusCue((root as Text).data.slice(0, maxChars));
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const text = (node as Text).data;
    // the node that passes the limit is read whole, as gateSample reads it
    if (hasBelarusCue(text)) return true;
    length += text.length;
  }
  return false;
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
