/**
 * Term previews on hover and on keyboard focus (WCAG 1.4.13): the card can be
 * dismissed with Esc without moving focus, the pointer can move onto it, and
 * it stays until the pointer or focus leaves or Esc is pressed. It holds a
 * link, so it is not a tooltip: the term link is described by it instead.
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import type { LexiconEntry } from '../search/lexicon.ts';
import { loadLexicon } from './lexicon.ts';

const SHOW_DELAY = 120;
const HIDE_DELAY = 300;

let card: HTMLElement | null = null;
let anchor: HTMLAnchorElement | null = null;
let showTimer: number | undefined;
let hideTimer: number | undefined;

function cardElement(): HTMLElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = 'term-card';
  card.className = 'term-card';
  card.hidden = true;
  card.setAttribute('data-pagefind-ignore', 'all');
  card.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('mouseleave', () => scheduleHide());
  card.addEventListener('focusout', (e) => {
    if (!card?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== anchor) scheduleHide();
  });
  document.body.append(card);
  return card;
}

/** The card's content, built with text nodes only. Its link is the term link's own (relative in the offline package). */
function cardContent(entry: LexiconEntry, href: string): DocumentFragment {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const fragment = document.createDocumentFragment();
  const title = make('p', undefined, 'term-card-title');
  title.append(make('strong', entry.term), ' ', make('span', entry.category, 'term-card-category'));
  fragment.append(title, entry.definition ? make('p', entry.definition) : make('p', ui.basisUndefined, 'undefined-term'));
  if (entry.expansion) {
    const list = make('ol', undefined, 'term-expansion');
    list.append(...entry.expansion.map((e) => make('li', e)));
    fragment.append(list);
  }
  if (entry.basis) fragment.append(make('p', entry.basis, 'term-basis'));
  const more = make('p');
  const a = make('a', ui.termPageLink);
  a.href = href;
  more.append(a);
  fragment.append(more);
  return fragment;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const entry = (await loadLexicon()).find((e) => e.slug === link.dataset.term);
  if (!entry) return;
  window.clearTimeout(hideTimer);
  if (anchor && anchor !== link) anchor.removeAttribute('aria-describedby');
  const el = cardElement();
  el.replaceChildren(cardContent(entry, link.href));
  el.hidden = false;
  anchor = link;
  link.setAttribute('aria-describedby', el.id);
  place(el, link);
}

function place(el: HTMLElement, link: HTMLElement): void {
  const r = link.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  el.style.width = `${width}px`;
  const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
  el.style.left = `${left + window.scrollX}px`;
  const below = r.bottom + 6;
  const fitsBelow = below + el.offsetHeight < window.innerHeight || r.top < el.offsetHeight + 12;
  el.style.top = `${(fitsBelow ? below : r.top - el.offsetHeight - 6) + window.scrollY}px`;
}

function hide(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  if (card) card.hidden = true;
  anchor?.removeAttribute('aria-describedby');
  anchor = null;
}

function scheduleHide(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, HIDE_DELAY);
}

const termLink = (target: EventTarget | null): HTMLAnchorElement | null => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null);

document.addEventListener('mouseover', (e) => {
  const link = termLink(e.target);
  if (!link) return;
  window.clearTimeout(hideTimer);
  window.clearTimeout(showTimer);
  showTimer = window.setTimeout(() => void show(link), SHOW_DELAY);
});
document.addEventListener('mouseout', (e) => {
  if (termLink(e.target) && !card?.contains(e.relatedTarget as Node | null)) scheduleHide();
});
document.addEventListener('focusin', (e) => {
  const link = termLink(e.target);
  if (link) void show(link);
});
document.addEventListener('focusout', (e) => {
  if (termLink(e.target) && !card?.contains(e.relatedTarget as Node | null)) scheduleHide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && card && !card.hidden) {
    const back = card.contains(document.activeElement) ? anchor : null;
    hide();
    back?.focus();
  }
});
