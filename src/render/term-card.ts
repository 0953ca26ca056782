/**
 * The preview card of a term, as hast: its definition with the basis shown
 * plainly (原文未释义 when there is none), its expansion, and a link to its page.
 * Rendered into inert <template>s at build time; the preview script shows them.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Term } from '../model/glossary.ts';
import { ui } from '../i18n/zh-CN.ts';

export function basisLabel(term: Term): string {
  switch (term.basis.kind) {
    case 'document':
      return ui.basisDocument;
    case 'public':
      return ui.basisPublic(term.basis.source);
    case 'undefined':
      return ui.basisUndefined;
  }
}

export function termCard(term: Term, href: string): Element {
  return h('div.term-card-body', [
    h('p.term-card-title', [h('strong', term.term), ' ', h('span.term-card-category', term.category)]),
    term.definition ? h('p', term.definition) : h('p.undefined-term', ui.basisUndefined),
    term.expansion ? h('ol.term-expansion', term.expansion.map((e) => h('li', e))) : null,
    term.basis.kind !== 'undefined' ? h('p.term-basis', basisLabel(term)) : null,
    h('p', [h('a', { href }, ui.termPageLink)]),
  ]);
}

export function termCardHtml(term: Term, href: string): string {
  return toHtml(termCard(term, href));
}
