/**
 * Flattens a document body's mdast into its text lines, one block per source
 * line, refusing anything that is not plain text.
 *
 *   "一、总则\n(一)甲。乙。"  →  [{ text: '一、总则', line: 1 }, { text: '(一)甲。乙。', line: 2 }]
 *
 * A 工作要点 is plain text whose structure lives in its numbering, so each
 * source line is a block (web copies put one paragraph a line, with no blank
 * line between). Markdown syntax that would hide characters of the text
 * (emphasis, links, lists, HTML) is an error, not silently dropped.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { ContentError } from '../model/errors.ts';

export interface Block {
  text: string;
  /** 1-based line in the content file. */
  line: number;
}

export interface BlockContext {
  file: string;
  /** Lines of the content file before the body (frontmatter). */
  lineOffset: number;
}

const NODE_NAMES: Partial<Record<RootContent['type'], string>> = {
  list: 'Markdown 列表（行首“1. ”或“- ”后有空格）',
  html: 'HTML 标签',
  code: 'Markdown 代码块',
  blockquote: 'Markdown 引用块（行首“>”）',
  thematicBreak: 'Markdown 分隔线',
  table: 'Markdown 表格',
};

export function bodyBlocks(root: Root, ctx: BlockContext): Block[] {
  const blocks: Block[] = [];
  for (const node of root.children) {
    const line = (node.position?.start.line ?? 1) + ctx.lineOffset;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = plainText(node.children, ctx, line);
      text.split('\n').forEach((t, i) => {
        const trimmed = t.trim();
        if (trimmed) blocks.push({ text: trimmed, line: line + i });
      });
      continue;
    }
    if (node.type === 'definition' || node.type === 'yaml') continue;
    throw new ContentError({
      file: ctx.file,
      line,
      problem: `正文只能是纯文本，这里出现了${NODE_NAMES[node.type] ?? ` Markdown 的“${node.type}”结构`}`,
      fix:
        node.type === 'list'
          ? '公文编号“1.”后不加空格（写作“1.内容”），或删除行首的“- ”'
          : '删除这段标记，只保留原文字符；HTML 与脚本不允许出现在正文中',
    });
  }
  return blocks;
}

function plainText(children: PhrasingContent[], ctx: BlockContext, line: number): string {
  return children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'break') return '\n';
      const at = (child.position?.start.line ?? 1) + ctx.lineOffset;
      throw new ContentError({
        file: ctx.file,
        line: Number.isFinite(at) ? at : line,
        problem: `正文只能是纯文本，这里出现了${child.type === 'html' ? 'HTML 标签' : ` Markdown 的“${child.type}”标记`}`,
        fix: '删除标记符号（如 *、_、[ ]、< >），只保留原文字符；确需保留时在符号前加反斜杠“\\”',
      });
    })
    .join('');
}
