/**
 * One row of the requirements table as HTML, from its record: the one way a
 * row is drawn, by the built pages (RequirementsTable.astro) and by the
 * script of /requirements/ of many documents, which draws the rows a filter
 * finds (requirements-index.ts). On a phone the same row is a card
 * (requirements.css); `data-*` carry what the filters and sorting read.
 *
 *   requirementRowHtml(record, { anchor: '/a/#1-2', clause: '/a/1-2/', url: '/a/1-2/' })
 *   → '<tr data-who="-" data-kind="count" …><td data-col="phrase">…</td>…</tr>'
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import type { RequirementRecord } from './requirement-record.ts';

/** The row's links as this page writes them: the unit on the whole document, its clause page, and the link handed out (CSV). */
export interface RowLinks {
  anchor: string;
  clause: string;
  url: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value as HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

export function requirementRowHtml(r: RequirementRecord, links: RowLinks): string {
  const e = escapeHtml;
  const columns = ui.reqColumns;
  const attributes = [
    `data-who="${e(r.who || '-')}"`,
    `data-kind="${e(r.kind)}"`,
    `data-order="${r.order}"`,
    r.valueSort === null ? 'data-value' : `data-value="${r.valueSort}"`,
    ...(r.same ? ['data-same-sentence'] : []),
    `data-url="${e(links.url)}"`,
  ];
  const phrase =
    `<span class="req-phrase">${e(r.before)}<mark class="req-match">${e(r.match)}</mark>${e(r.after)}</span>` +
    (r.authored ? `<small class="req-authored">${ui.parens(ui.reqAuthored)}</small>` : '') +
    (r.sentence ? `<span class="req-sentence">${e(ui.field(ui.reqSentence, r.sentence))}</span>` : '');
  return (
    `<tr ${attributes.join(' ')}>` +
    `<td data-col="phrase">${phrase}</td>` +
    `<td data-col="kind" data-label="${columns.kind}">${e(r.kindLabel)}</td>` +
    `<td data-col="value" data-label="${columns.value}"${r.quantified ? '' : ' class="unquantified"'}>${e(r.valueLabel)}</td>` +
    `<td data-col="who" data-label="${columns.who}">${e(r.whoLabel)}</td>` +
    `<td data-col="target" data-label="${columns.target}">${e(r.target || ui.reqTargetNone)}</td>` +
    `<td data-col="place" data-label="${columns.place}"><a href="${e(links.anchor)}">${e(r.place)}</a>` +
    `<a class="req-clause-link" href="${e(links.clause)}" aria-label="${e(ui.reqClauseLinkLabel(r.place))}">${ui.reqClauseLink}</a></td>` +
    '</tr>'
  );
}

/** A row of the CSV (columns ui.reqCsvColumns): the document's title, then what the row shows, its sentence written out, and its handed-out link. */
export function requirementCsvRow(r: RequirementRecord, sentence: string, documentTitle: string, url: string): string[] {
  const phrase = `${r.before}${r.match}${r.after}`;
  return [documentTitle, r.place, phrase, sentence || phrase, r.match, r.kindLabel, r.valueLabel, r.whoLabel, r.target || ui.reqTargetNone, url];
}
