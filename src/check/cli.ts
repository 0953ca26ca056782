/**
 * `npm run check:content`: checks every content file before the site is
 * built, prints every problem as file:line:column, what is wrong, what to do
 * and the rule, and exits non-zero when there is any. Runs on Node 24 directly
 * (type stripping), so it prints no bundler trace and no unrelated hint.
 */
import { CONTENT_ROOT } from '../data/content-root.ts';
import { readContent } from './content.ts';
import { formatReport, toVFiles } from './report.ts';

const result = readContent(CONTENT_ROOT);
if (result.problems.length > 0) {
  process.stderr.write(formatReport(toVFiles(result.problems)));
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${result.documents} 份文件、${result.terms} 个提法。`);
}
