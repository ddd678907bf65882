/**
 * What a page did since it was last read, from its mutation records: if all it did was add nodes (a feed filling
 * in, a live blog's new entry), the subtrees it added, so a rescan can read only those (readAppendedSteps). Any
 * other change (a node removed or text edited in a part already read) means the whole page is read again.
 */

/** Records kept between two reads at most: past this, a page that busy is simply read whole. */
export const MAX_GROWTH_RECORDS = 2000;

/**
 * The nodes the records added that are still in the page, each the top of its subtree (none inside another), in
 * document order; null when the records also removed or edited something that was there before them. Records on
 * our own element (`ours`) do not count.
 */
export function addedSubtrees(records: readonly MutationRecord[], ours: Element | null): Node[] | null {
  if (records.length > MAX_GROWTH_RECORDS) return null;
  const added = new Set<Node>();
  /** what the records touched inside the page: each must lie in a subtree added since */
  const touched: Node[] = [];
  for (const record of records) {
    if (ours && (record.target === ours || ours.contains(record.target))) continue;
    if (record.type !== 'childList') {
      touched.push(record.target);
      continue;
    }
    for (const node of record.removedNodes) {
      // a node added since and taken away again was never read
      if (!added.delete(node)) touched.push(record.target);
    }
    for (const node of record.addedNodes) added.add(node);
  }
  const tops: Node[] = [];
  for (const node of added) {
    if (!node.isConnected || (ours && ours.contains(node))) continue;
    let inside = false;
    for (let up = node.parentNode; up && !inside; up = up.parentNode) inside = added.has(up);
    if (!inside) tops.push(node);
  }
  const topSet = new Set(tops);
  for (const node of touched) {
    let inside = false;
    for (let up: Node | null = node; up && !inside; up = up.parentNode) inside = topSet.has(up);
    if (!inside) return null;
  }
  return tops.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
}
