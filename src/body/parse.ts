/**
 * The body reader: a content file's body, as plain official text, into the
 * outline the document model is made of. One call per document.
 *
 *   readBody('各学校党组织：\n一、总则\n1.抓学习。一是…二是…\n中共某某工委\n2017年2月20日', ctx)
 *   → { outline: { addressee '各学校党组织：', parts [1 → 1-1 → 1-1-1, 1-1-2], signature {…} }, problems: [] }
 *
 * Every problem is collected (`problems`); `parseBody` throws them all at once.
 */
import { ContentError, type FileProblem } from '../model/errors.ts';
import type { DocumentModel } from '../model/types.ts';
import { splitItems } from './items.ts';
import { bodyLines } from './lines.ts';
import { readStructure, type IrregularDeclaration, type Irregularity, type Reporter } from './outline.ts';
import { splitRegions } from './regions.ts';
import { finishText, textRun } from './units.ts';

export type { IrregularDeclaration, Irregularity } from './outline.ts';

export interface BodyContext {
  /** The content file, for messages: `content/documents/x.md`. */
  file: string;
  /** How many lines of the file come before the body (the frontmatter). */
  lineOffset: number;
  /** Numbering irregularities of the original, declared in the frontmatter. */
  irregular?: readonly IrregularDeclaration[];
}

/** What the body reader gives the model: the document's parts, as DocumentModel names them. */
export type Outline = Pick<DocumentModel, 'structure' | 'pageLevel' | 'addressee' | 'preamble' | 'parts' | 'attachments' | 'signature' | 'closing'> & {
  /** The declared irregularities the numbering relied on, for 校注. */
  irregularities: Irregularity[];
};

export function readBody(body: string, ctx: BodyContext): { outline: Outline; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const irregularities: Irregularity[] = [];
  const declarations = new Map((ctx.irregular ?? []).map((d) => [d.line, { ...d, used: false }]));
  const reporter: Reporter = {
    report: (p) => problems.push(p),
    declared: (line) => {
      const d = declarations.get(line);
      if (d) d.used = true;
      return d;
    },
    irregular: (found) => irregularities.push(found),
    columns: new WeakMap(),
    declarationLines: ctx.irregular && ctx.irregular.length > 0 ? 2 : 3,
  };
  const lines = bodyLines(body, ctx.lineOffset);
  const regions = splitRegions(lines);
  if (regions.body.length === 0) {
    problems.push({
      line: ctx.lineOffset + 1,
      column: 1,
      ruleId: 'body/empty',
      problem: '正文是空的：frontmatter 之后没有原文',
      fix: '在结束的 --- 之后，照原件逐字粘贴正文，一段一行',
    });
  }
  const { structure, pageLevel, preamble, parts } = readStructure(regions.body, reporter);
  splitItems(parts, reporter);
  for (const part of parts) finishText(part);
  for (const d of declarations.values()) {
    if (d.used) continue;
    problems.push({
      line: d.line,
      column: 1,
      ruleId: 'irregular/unused',
      problem: `frontmatter 的 irregular 声明了第 ${d.line} 行，但这一行的编号并无跳号、重复或颠倒`,
      fix: '核对 line：它应是编号有问题的那一行在文件中的行号（frontmatter 增减行后行号会变）；不再需要时删除这条声明',
    });
  }
  const addressee = regions.addressee ? textRun(regions.addressee.text, regions.addressee.line) : null;
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    outline: {
      structure,
      pageLevel,
      addressee,
      preamble,
      parts,
      attachments: regions.attachments,
      signature: regions.signature,
      closing: regions.closing,
      irregularities,
    },
    problems,
  };
}

/** The outline, or a ContentError with every problem the body has. */
export function parseBody(body: string, ctx: BodyContext): Outline {
  const { outline, problems } = readBody(body, ctx);
  if (problems.length > 0) throw new ContentError(problems.map((p) => ({ file: ctx.file, ...p })));
  return outline;
}
