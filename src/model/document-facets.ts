/**
 * What a reader sorts many documents by: the kind of document (文种) as its
 * title names it, the year it was issued, and who issued it. Computed from the
 * frontmatter and the title only; an unknown date stays unknown (an inferred
 * year is not a fact, so it is not a filter value).
 *
 *   documentKind('教育工委基层组织建设工作要点')           → '工作要点'
 *   documentKind('关于印发《党费管理办法》的通知')         → '通知'  (the title's last word of kind)
 *   documentKind('合成测试文档第001号')                    → '其他'
 */
import type { DocumentMeta } from './types.ts';

/**
 * Kinds of document by the words their titles end in (GB/T 9704 文种 and the
 * internal kinds schools use), longer names first so 实施办法 is not read as 办法 twice.
 */
const KINDS: ReadonlyArray<[string, string]> = [
  ['工作要点', '工作要点'], ['要点', '工作要点'],
  ['实施细则', '细则'], ['细则', '细则'],
  ['实施办法', '办法'], ['管理办法', '办法'], ['办法', '办法'],
  ['规定', '规定'], ['条例', '条例'], ['规则', '规则'], ['准则', '准则'], ['制度', '制度'],
  ['实施方案', '方案'], ['工作方案', '方案'], ['方案', '方案'],
  ['实施意见', '意见'], ['指导意见', '意见'], ['意见', '意见'],
  ['工作计划', '计划'], ['计划', '计划'], ['规划', '规划'],
  ['通知', '通知'], ['通报', '通报'], ['决定', '决定'], ['报告', '报告'], ['总结', '总结'], ['纪要', '纪要'],
];

export const OTHER_KIND = '其他';
export const UNKNOWN_YEAR = '日期不详';

/** The kind the title names last (关于印发《…办法》的通知 is a 通知); 其他 when it names none. */
export function documentKind(title: string): string {
  const bare = title.replace(/[（(][^）)]*[）)]\s*$/u, '');
  let best: { at: number; kind: string } | null = null;
  for (const [word, kind] of KINDS) {
    const at = bare.lastIndexOf(word);
    if (at !== -1 && (!best || at + word.length > best.at)) best = { at: at + word.length, kind };
  }
  return best?.kind ?? OTHER_KIND;
}

/** The year the document states it was issued; 日期不详 when it does not. */
export function documentYear(meta: Pick<DocumentMeta, 'issued'>): string {
  return meta.issued ? meta.issued.slice(0, 4) : UNKNOWN_YEAR;
}

export interface DocumentFacets {
  kind: string;
  year: string;
  issuer: string;
}

export function documentFacets(meta: Pick<DocumentMeta, 'title' | 'issued' | 'issuer'>): DocumentFacets {
  return { kind: documentKind(meta.title), year: documentYear(meta), issuer: meta.issuer };
}

/** Years newest first, 日期不详 last. */
export function byYear(a: string, b: string): number {
  return (a === UNKNOWN_YEAR ? 1 : 0) - (b === UNKNOWN_YEAR ? 1 : 0) || b.localeCompare(a);
}
