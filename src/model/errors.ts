/**
 * Problems in content a maintainer can fix: where (file:line:column), what is
 * wrong, what to do, and the rule that found it (as remark-lint names rules).
 * The build and `npm run check:content` print them in one shape:
 *
 *   formatProblem({ file: 'content/documents/a.md', line: 12, column: 1, ruleId: 'numbering/gap',
 *     problem: '编号跳号：（一）之后是（三）', fix: '补上（二）' })
 *   → 'content/documents/a.md:12:1: 编号跳号：（一）之后是（三）。处理：补上（二）。 [numbering/gap]'
 *
 * A ContentError carries every problem found, not just the first.
 */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  /** 1-based; printed only when known. */
  column?: number | undefined;
  /** The rule that found it: `numbering/gap`, `frontmatter/type`, `slug/reserved`… */
  ruleId?: string | undefined;
  problem: string;
  fix: string;
}

/** Kept for callers that name the old type. */
export type ContentErrorDetail = ContentProblem;

/** A problem found while reading one file, before the file name is attached. */
export type FileProblem = Omit<ContentProblem, 'file'>;

export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
  return `${where}: ${endSentence(p.problem)}处理：${endSentence(p.fix)}${p.ruleId ? ` [${p.ruleId}]` : ''}`;
}

export class ContentError extends Error {
  /** Every problem, in the order found. */
  readonly problems: readonly ContentProblem[];
  /** The first problem's parts, for callers that handle one. */
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(detail: ContentProblem | readonly ContentProblem[], options?: { cause?: unknown }) {
    const problems = Array.isArray(detail) ? (detail as readonly ContentProblem[]) : [detail as ContentProblem];
    if (problems.length === 0) throw new RangeError('a ContentError needs at least one problem');
    super(problems.map(formatProblem).join('\n'), options);
    this.name = 'ContentError';
    this.problems = problems;
    const [first] = problems;
    this.file = first.file;
    this.line = first.line;
    this.problem = first.problem;
    this.fix = first.fix;
  }
}

function endSentence(s: string): string {
  return /[。！？]$/u.test(s) ? s : `${s}。`;
}

