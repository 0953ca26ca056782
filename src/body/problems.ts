/**
 * The numbering problems the body reader reports, worded for the maintainer.
 * A fix never asks to change the official text: it asks to check the copy
 * against the original, and, where the original itself is irregular, to
 * declare it (`irregular:` in the frontmatter), which the page then shows as a 校注.
 */
import type { FileProblem } from '../model/errors.ts';

/**
 * What to do about a numbering irregularity on `line`. Declaring it adds lines
 * to the frontmatter (`added`: 3 for the first declaration, 2 for another),
 * which moves the body down: the fix names the line as it will then be.
 */
export function declareFix(line: number, what: string, added: number): string {
  return `对照原件核对第 ${line} 行：若是抄录时${what}，照原件改正；若原件本身如此，在 frontmatter 的 irregular 中写明 line 和 reason（原因），页面会据此加校注，正文一字不改。line 按加上声明后的行号写：只加这一条声明（${added} 行）时，这一行是第 ${line + added} 行`;
}

export interface SequenceIssue {
  ruleId: 'numbering/gap' | 'numbering/duplicate' | 'numbering/order' | 'numbering/level-order';
  /** The problem, as the build reports it. */
  problem: string;
  /** What the original does, as the 校注 says once the maintainer declares it. */
  noted: string;
  /** What a copying slip would have been, for the fix. */
  slip: string;
}

export interface Numbered {
  written: string;
  line: number;
}

/** The issue when `here` follows `previous` (null: it is the first of its level) instead of `expected`. */
export function sequenceIssue(
  here: string,
  number: number,
  previous: (Numbered & { number: number }) | null,
  expected: string,
  scope = '',
  what: '编号' | '列举' = '编号',
): SequenceIssue {
  if (!previous) {
    return {
      ruleId: 'numbering/gap',
      problem: `${what}跳号：这一级的第一个编号是“${here}”，应从“${expected}”开始${scope}`,
      noted: `原件这一级从“${here}”开始`,
      slip: `漏了“${expected}”`,
    };
  }
  if (number === previous.number) {
    return {
      ruleId: 'numbering/duplicate',
      problem: `${what}重复：“${here}”已在第 ${previous.line} 行出现${scope}`,
      noted: `原件此处再次出现“${here}”`,
      slip: '写错了编号',
    };
  }
  if (number < previous.number) {
    return {
      ruleId: 'numbering/order',
      problem: `${what}顺序颠倒：“${previous.written}”（第 ${previous.line} 行）之后是“${here}”${scope}`,
      noted: `原件“${previous.written}”之后是“${here}”`,
      slip: '写错了编号或颠倒了段落',
    };
  }
  return {
    ruleId: 'numbering/gap',
    problem: `${what}跳号：“${previous.written}”（第 ${previous.line} 行）之后是“${here}”，缺少“${expected}”${scope}`,
    noted: `原件“${previous.written}”之后即是“${here}”`,
    slip: `漏了“${expected}”一段`,
  };
}

export function levelOrderIssue(here: string, above: string): SequenceIssue {
  return {
    ruleId: 'numbering/level-order',
    problem: `层级颠倒：“${here}”出现在“${above}”之下，而 GB/T 9704 的层级依次为“一、”“（一）”“1.”“（1）”`,
    noted: `原件“${above}”之下用“${here}”编号`,
    slip: '写错了编号',
  };
}

export function unknownMarkerProblem(marker: string): FileProblem {
  return {
    ruleId: 'numbering/unknown-marker',
    problem: `无法识别的编号“${marker}”：能识别的是“一、”“（一）”“1.”“1、”“（1）”“第一章”“第一条”及“一是”等列举`,
    fix: '不要改动原文；请把文件名和这一行告诉网站维护人员，以便增加对这种编号的支持',
  };
}

export function htmlProblem(tag: string): FileProblem {
  return {
    ruleId: 'body/html',
    problem: `正文里有网页源代码的标记“${tag}”，它不是原文的文字`,
    fix: '从网页上复制显示出来的文字（不要复制网页源代码）重新粘贴这一段',
  };
}
