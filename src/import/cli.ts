/**
 * `npm run import -- <file> [--slug <slug>] [--force]`: a Word file, a text
 * file or a saved web page into content/documents/, checked, with a summary
 * and the new 提法 it found. Everything it prints is for the maintainer, in
 * Chinese.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../data/content-root.ts';
import { ImportError, SUPPORTED } from './errors.ts';
import { importFile, type ImportResult } from './import-file.ts';

const USAGE = `用法：npm run import -- <文件> [--slug <标识>] [--force]\n  可导入 ${SUPPORTED}\n  --slug   指定网址标识（小写拼音加连字符）；不写时由标题生成\n  --force  覆盖已有的同名文档和原件副本`;

function report(result: ImportResult): void {
  const p = result.proposal;
  console.log(`已写入 ${result.documentFile}`);
  console.log(`原件副本 ${result.sourceFile}`);
  console.log(`  标题：${p.title ?? '（未找到，请填写）'}`);
  console.log(`  标识：${p.slug}`);
  console.log(`  文号：${p.docNumber ?? '（未找到）'}`);
  console.log(`  发文机关：${p.issuer ?? '（未找到，请填写）'}`);
  console.log(`  成文日期：${p.issued ?? '（未找到）'}`);
  console.log(`  正文：${result.body.length} 段`);
  for (const notice of result.notices) console.log(`  说明：${notice}`);
  console.log('');
  if (result.problems.length === 0) console.log('内容检查：没有发现问题。');
  else {
    console.log(`内容检查发现 ${result.problems.length} 个问题（文件已写入，改好后运行 npm run build）：`);
    for (const problem of result.problems) console.log(`  ${problem}`);
  }
  const s = result.summary;
  console.log(s ? `\n摘要：部分 ${s.parts}，条 ${s.clauses}，项 ${s.items}，附件 ${s.attachments}，读出要求 ${s.requirements}，链接提法 ${s.termsLinked}` : '\n摘要：内容检查未通过，暂无法统计。');
  if (result.candidates.length === 0) return;
  console.log(`\n新提法候选 ${result.candidates.length} 个（词表中没有；确认是提法后把下面的内容存为对应文件，选好 category）：`);
  for (const c of result.candidates) console.log(`\n# ${c.file}\n${c.yaml.trimEnd()}`);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (parsed.values.help || !file || extra.length) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  try {
    // npm runs scripts from the project root; a relative path means where the maintainer typed the command.
    const result = await importFile(resolve(process.env.INIT_CWD ?? process.cwd(), file), { contentRoot: CONTENT_ROOT, slug: parsed.values.slug, force: parsed.values.force });
    report(result);
    return result.problems.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`无法导入 ${file}：${error.message}\n未写入任何文件。`);
    return 1;
  }
}

process.exitCode = await main();
