/**
 * Marks a search's words on the page it opened. A result links to
 * `…/1-6/?hl=党费#1-6-3`: on arrival the words are wrapped in <mark> inside the
 * unit the fragment names (or the page's text, without one), matched on
 * normalised text as the excerpts are (三名工程 marks “三名”工程 across its
 * quotes and term links). Then `hl` is taken out of the address, so a link
 * copied from here is the plain, stable one.
 */
import { matchSpans } from '../search/excerpt.ts';

/** Parts of a unit that are not its text: the 引用 controls, 校注 markers. */
const NOT_TEXT = '.unit-actions, .note-ref, button, script, style';

function textNodesOf(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Wraps every match of `words` in `root`'s text in <mark class="search-hit">; returns how many marks it made. */
export function markWords(root: Element, words: readonly string[]): number {
  const nodes = textNodesOf(root);
  const offsets: number[] = [];
  let text = '';
  for (const node of nodes) {
    offsets.push(text.length);
    text += node.data;
  }
  // Cut each match at node boundaries, then wrap the pieces from the end of each node backwards,
  // so splitting a node never moves a piece not yet wrapped.
  const pieces = new Map<Text, Array<[number, number]>>();
  for (const [start, end] of matchSpans(text, words)) {
    nodes.forEach((node, i) => {
      const from = Math.max(start, offsets[i] ?? 0) - (offsets[i] ?? 0);
      const to = Math.min(end, (offsets[i] ?? 0) + node.data.length) - (offsets[i] ?? 0);
      if (from < to) pieces.set(node, [...(pieces.get(node) ?? []), [from, to]]);
    });
  }
  let count = 0;
  for (const [node, spans] of pieces) {
    for (const [from, to] of spans.sort((a, b) => b[0] - a[0])) {
      node.splitText(to);
      const hit = node.splitText(from);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      count++;
    }
  }
  return count;
}

const params = new URLSearchParams(location.search);
const words = (params.get('hl') ?? '').split(' ').filter(Boolean);
if (words.length > 0) {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const root = target ?? document.querySelector('.doc-text');
  if (root) markWords(root, words);
  params.delete('hl');
  const query = params.toString();
  try {
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  } catch {
    // Some browsers refuse to rewrite a file:// address (the offline package); the marks are there all the same.
  }
}
