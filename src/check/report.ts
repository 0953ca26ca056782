/**
 * Content problems as vfile messages (one VFile per content file, as the
 * unified tools report), and the plain report `npm run check:content` prints:
 *
 *   content/documents/a.md:12:1: 编号跳号：……。处理：……。 [numbering/gap]
 */
import { VFile } from 'vfile';
import { formatProblem, type ContentProblem } from '../model/errors.ts';

/** One VFile per file, its messages in line order, each fatal, with the fix as its note. */
export function toVFiles(problems: readonly ContentProblem[]): VFile[] {
  const files = new Map<string, VFile>();
  for (const p of problems) {
    let file = files.get(p.file);
    if (!file) files.set(p.file, (file = new VFile({ path: p.file })));
    const message = file.message(p.problem, {
      place: p.line === undefined ? undefined : { line: p.line, column: p.column ?? 1 },
      ruleId: p.ruleId,
      source: 'yaodian',
    });
    message.fatal = true;
    message.note = p.fix;
  }
  for (const file of files.values()) file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
}

function lineOf(file: VFile, m: VFile['messages'][number]): string {
  return formatProblem({
    file: file.path,
    line: m.line,
    column: m.place && 'line' in m.place ? m.column : undefined,
    ruleId: m.ruleId,
    problem: m.reason,
    fix: m.note ?? '',
  });
}

/** Every message, one a line, then a count. */
export function formatReport(files: readonly VFile[]): string {
  const lines = files.flatMap((file) => file.messages.map((m) => lineOf(file, m)));
  const count = lines.length;
  return count === 0 ? '' : `${lines.join('\n')}\n\n内容检查：${files.length} 个文件共 ${count} 个问题，请逐条处理后再构建。\n`;
}
