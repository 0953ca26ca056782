/**
 * Term previews on hover and on keyboard focus (WCAG 1.4.13): the card can be
 * dismissed with Esc without moving focus, the pointer can move onto it, and
 * it stays until the pointer or focus leaves or Esc is pressed. It holds a
 * link, so it is not a tooltip: the term link is described by it instead.
 */
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

function show(link: HTMLAnchorElement): void {
  const template = document.getElementById(`term-card-${link.dataset.term ?? ''}`);
  if (!(template instanceof HTMLTemplateElement)) return;
  window.clearTimeout(hideTimer);
  if (anchor && anchor !== link) anchor.removeAttribute('aria-describedby');
  const el = cardElement();
  el.replaceChildren(template.content.cloneNode(true));
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
  showTimer = window.setTimeout(() => show(link), SHOW_DELAY);
});
document.addEventListener('mouseout', (e) => {
  if (termLink(e.target) && !card?.contains(e.relatedTarget as Node | null)) scheduleHide();
});
document.addEventListener('focusin', (e) => {
  const link = termLink(e.target);
  if (link) show(link);
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
