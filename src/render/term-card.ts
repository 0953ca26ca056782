/**
 * A term's basis in plain words, as its page and its preview card say it:
 * where the meaning comes from, or 原文未释义 when nothing defines it.
 */
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
