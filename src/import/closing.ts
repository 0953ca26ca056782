/**
 * The 落款 at the end of a document: the issuer's name on one or more short
 * lines, then the date; after it perhaps a note in brackets and the 版记
 * (抄送, 印发). Read from the end, so that dates inside the body are never taken.
 *
 *   [..., '教育工委', '二〇一七年二月二十日', '抄送：市委组织部。']
 *   → { issuer: '教育工委', issued: '2017-02-20', dateLine: '二〇一七年二月二十日' }
 */
import { readChineseDate } from './date.ts';
import { isAttachmentLine, isDistributionLine, startsParagraph } from './lines.ts';

export interface Closing {
  issuer: string | null;
  /** The issuer line(s) as written, for the frontmatter comment. */
  issuerLines: string[];
  issued: string | null;
  /** The date as written, for the frontmatter comment. */
  dateLine: string | null;
}

/** How far from the end a 落款 date may sit (版记 and notes come after it). */
const TAIL = 8;
const MAX_ISSUER_LINES = 3;

function isIssuerLine(line: string): boolean {
  return line.length <= 30 && !/[。，,；;：:！？]/u.test(line) && !startsParagraph(line) && readChineseDate(line) === null && !/^[（(]/u.test(line);
}

export function readClosing(body: readonly string[]): Closing {
  const from = Math.max(0, body.length - TAIL);
  for (let i = body.length - 1; i >= from; i--) {
    const line = body[i] ?? '';
    if (isDistributionLine(line)) continue;
    const issued = readChineseDate(line);
    if (issued === null) continue;
    const issuerLines: string[] = [];
    for (let j = i - 1; j >= 0 && issuerLines.length < MAX_ISSUER_LINES; j--) {
      const above = body[j] ?? '';
      if (!isIssuerLine(above) || isAttachmentLine(above)) break;
      issuerLines.unshift(above);
    }
    // Joint issuers stand on lines of their own; a name ending in 附件-like text is not one.
    return { issuer: issuerLines.length ? issuerLines.join('、') : null, issuerLines, issued, dateLine: line };
  }
  return { issuer: null, issuerLines: [], issued: null, dateLine: null };
}
