/**
 * `npm run import` as a maintainer runs it: what it prints for a document
 * with a numbering problem (file:line, the problem, the fix, then the
 * summary) and for a file it cannot read (a reason, and nothing written).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, listFiles } from '../support/import-root.ts';
import { typedDocx } from '../support/import-fixtures.ts';

function runImport(contentRoot: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['src/import/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: contentRoot } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run import', () => {
  it('writes the document, then prints each problem with file:line and the fix, and the summary', async () => {
    const root = contentCopy();
    const file = join(root, '..', '跳号.docx');
    writeFileSync(file, await typedDocx(['一、总体要求', '（一）加强学习。每月开展1次集中学习。', '（三）严格考核。年底前完成考核。', '教育工委', '2017年2月20日']));
    const { status, output } = runImport(root, file, '--slug', 'tiaohao');
    expect(status).toBe(1);
    expect(output).toContain(`已写入 ${root}/documents/tiaohao.md`);
    expect(output).toMatch(new RegExp(`${root}/documents/tiaohao\\.md:\\d+(?::\\d+)?: .*（三）.*处理：`, 'u'));
    expect(listFiles(root)).toContain('documents/tiaohao.md');
    expect(listFiles(root)).toContain('sources/tiaohao.docx');
  });

  it('prints the summary for a clean document', async () => {
    const root = contentCopy();
    const file = join(root, '..', '文件.docx');
    writeFileSync(file, await typedDocx());
    const { status, output } = runImport(root, file);
    expect(status).toBe(0);
    expect(output).toContain('内容检查：没有发现问题。');
    expect(output).toMatch(/摘要：部分 2，条 4，项 2，附件 2，读出要求 \d+，链接提法 \d+/u);
    expect(output).toContain('# content/terms/sanhui-yike.yaml');
  });

  it('says why it cannot read a file and writes nothing', () => {
    const root = contentCopy();
    const file = join(root, '..', '扫描件.pdf');
    writeFileSync(file, '%PDF-1.4');
    const before = listFiles(root);
    const { status, output } = runImport(root, file);
    expect(status).toBe(1);
    expect(output).toContain(`无法导入 ${file}：不支持“.pdf”文件`);
    expect(output).toContain('未写入任何文件。');
    expect(listFiles(root)).toEqual(before);
  });
});
