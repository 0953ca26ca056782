/**
 * Cuts the parts of an official document that are not its body away from the
 * lines: the 主送机关 at the top, and at the end the 附件 list, the 落款
 * (issuer and date) and the 抄送/印发 lines (GB/T 9704-2012 §7.3–7.4 order).
 *
 *   各学校党组织：                  → addressee
 *   一、……（body）
 *   附件：1.考核细则 / 2.任务分解表  → attachments ['1.考核细则', '2.任务分解表']
 *   中共某某市教育工作委员会          → signature.issuers
 *   2017年2月20日                   → signature.date
 *   抄送：市委组织部。                → closing
 *
 * Each part is recognised by its own shape and only where GB/T 9704 puts it,
 * so a clause that merely mentions 附件 or a date stays body text.
 */
import type { Line } from './lines.ts';
import { lineMarker } from './markers.ts';
import { isoDate, WRITTEN_DATE } from './dates.ts';
import type { Signature, SourceLine } from '../model/types.ts';

export interface Regions {
  addressee: Line | null;
  body: Line[];
  attachments: SourceLine[];
  signature: Signature | null;
  closing: SourceLine[];
}

/** 抄送：… / 抄报：… / 某某办公室 2017年2月21日印发 / 主题词：… / （共印100份） */
const CLOSING = /^(?:抄送|抄报|分送|发送|主题词)[：:]|印发$|^印发[：:]|^[（(]共印[0-9０-９]+份[)）]$/u;
/** A note in brackets right after the date (附注): （此件公开发布）, （联系人：…） */
const ANNOTATION = /^[（(][^（()）]*[)）]$/u;
const DATE_LINE = new RegExp(`^(?:(.+?)[\\s　]+)?(${WRITTEN_DATE.source})$`, 'u');
const ORGAN = /(?:委员会|工委|党委|党组|党工委|政府|办公室|办公厅|教育局|教育厅|学校|学院|大学|中学|小学|幼儿园|中心|支部|总支|工会|团委|协会|联合会|小组|[局厅部委处科室所院])$/u;
const SENTENCE_PUNCTUATION = /[。；;，,：:！？!?]/u;
const ATTACHMENTS = /^附件\s*([0-9０-９一二三四五六七八九十]*)\s*[：:]\s*(.*)$/u;
/** 各学校党组织： / 机关各党支部： / 市教育局各科室、各直属单位： — organs, then a colon. */
const ADDRESSEE = /^[^。；;！？!?]{1,60}(?:党组织|党支部|支部|总支|党委|党组|委员会|工委|学校|单位|科室|部门|处室|教育局|局|院|系|中心)[：:]$/u;
const NOT_ADDRESSEE = /现将|如下|印发给你们|通知|要点/u;

function isOrgan(text: string): boolean {
  return text.length <= 40 && !SENTENCE_PUNCTUATION.test(text) && ORGAN.test(text) && lineMarker(text) === null;
}

function isAddressee(line: Line): boolean {
  return (ADDRESSEE.test(line.text) || /^各[^。；;！？!?]{1,60}[：:]$/u.test(line.text)) && !NOT_ADDRESSEE.test(line.text) && lineMarker(line.text) === null;
}

/** A line that can stand in an 附件 list: numbered, or a short title with no full stop. */
function isAttachmentEntry(text: string): boolean {
  return !text.includes('。') && text.length <= 80;
}

const source = (l: Line): SourceLine => ({ text: l.text, line: l.line });

/** `附件：1.甲` lists `1.甲`; `附件1：甲` is an entry in itself; other lines are entries as written. */
function attachmentEntry(l: Line): SourceLine[] {
  const m = ATTACHMENTS.exec(l.text);
  if (!m || m[1]) return [source(l)];
  return m[2] ? [{ text: m[2], line: l.line }] : [];
}

export function splitRegions(lines: readonly Line[]): Regions {
  let end = lines.length;
  const closing: SourceLine[] = [];
  while (end > 0 && CLOSING.test(lines[end - 1].text)) closing.unshift(source(lines[--end]));

  let signature: Signature | null = null;
  const dateAt = (i: number) => (i >= 0 ? DATE_LINE.exec(lines[i].text) : null);
  let dateIndex = end - 1;
  if (!dateAt(dateIndex) && end >= 2 && ANNOTATION.test(lines[end - 1].text) && dateAt(end - 2)) {
    closing.unshift(source(lines[end - 1]));
    dateIndex = end - 2;
  }
  const dated = dateAt(dateIndex);
  if (dated && (!dated[1] || isOrgan(dated[1]))) {
    let start = dateIndex;
    while (start > 0 && dateIndex - start < 3 && isOrgan(lines[start - 1].text)) start--;
    const issuers = lines.slice(start, dateIndex).map((l) => l.text);
    if (dated[1]) issuers.push(dated[1]);
    const date = dated[2];
    signature = {
      issuers,
      date,
      isoDate: isoDate(date),
      line: lines[start].line,
    };
    end = start;
  }

  let top = -1;
  for (let i = end - 1; i >= 0 && isAttachmentEntry(lines[i].text); i--) if (ATTACHMENTS.test(lines[i].text)) top = i;
  const attachments = top === -1 ? [] : lines.slice(top, end).flatMap(attachmentEntry);
  if (top !== -1) end = top;

  const addressee = lines.length > 0 && end > 0 && isAddressee(lines[0]) ? lines[0] : null;
  return {
    addressee,
    body: lines.slice(addressee ? 1 : 0, end),
    attachments,
    signature,
    closing,
  };
}
