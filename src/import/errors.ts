/**
 * A file the importer cannot read, said so a maintainer can act on it: what
 * is wrong with the file and what to do instead. Nothing is written when one
 * is thrown.
 *
 *   new ImportError('文件是空的', '确认选对了文件；Word 文件请另存为 .docx 后再导入')
 *   .message → '文件是空的。处理：确认选对了文件；Word 文件请另存为 .docx 后再导入。'
 */
export class ImportError extends Error {
  readonly problem: string;
  readonly fix: string;

  constructor(problem: string, fix: string, options?: { cause?: unknown }) {
    super(`${endSentence(problem)}处理：${endSentence(fix)}`, options);
    this.name = 'ImportError';
    this.problem = problem;
    this.fix = fix;
  }
}

function endSentence(s: string): string {
  return /[。！？]$/u.test(s) ? s : `${s}。`;
}

export const SUPPORTED = '.docx（Word）、.txt（纯文本）、.html / .htm（保存的网页）';
