/**
 * An error in content a maintainer can fix: where (file:line), what is wrong,
 * and what to do. The build prints `message` as is.
 *
 *   new ContentError({ file: 'content/documents/a.md', line: 12,
 *     problem: '编号跳号：（一）之后是（三）', fix: '补上（二），或把（三）改为（二）' })
 *   .message → 'content/documents/a.md:12: 编号跳号：（一）之后是（三）。处理：补上（二），或把（三）改为（二）。'
 */
export interface ContentErrorDetail {
  file: string;
  line?: number | undefined;
  problem: string;
  fix: string;
}

export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(detail: ContentErrorDetail, options?: { cause?: unknown }) {
    const where = detail.line === undefined ? detail.file : `${detail.file}:${detail.line}`;
    super(`${where}: ${endSentence(detail.problem)}处理：${endSentence(detail.fix)}`, options);
    this.name = 'ContentError';
    Object.assign(this, detail);
    this.file = detail.file;
    this.line = detail.line;
    this.problem = detail.problem;
    this.fix = detail.fix;
  }
}

function endSentence(s: string): string {
  return /[。！？]$/u.test(s) ? s : `${s}。`;
}

/** Several content errors found in one pass, reported together so a maintainer fixes them at once. */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentError';
    this.problems = errors;
  }
}
