/**
 * Document slugs become top-level URLs: each must be unique and must not be a
 * path the site itself uses (reserved-slugs.ts).
 *
 *   slug: download  → 文档标识 slug“download”是本站已有的地址 /download/ … [slug/reserved]
 */
import { lineOfText } from '../body/document.ts';
import type { ContentProblem } from '../model/errors.ts';

export interface SlugOwner {
  file: string;
  raw: string;
  slug: string;
}

export function slugProblems(owners: readonly SlugOwner[], reserved: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  // In file order, so that a duplicate is always reported on the same file.
  for (const o of [...owners].sort((a, b) => a.file.localeCompare(b.file))) {
    const line = lineOfText(o.raw, `slug: ${o.slug}`) ?? lineOfText(o.raw, 'slug:');
    if (reserved.has(o.slug)) {
      problems.push({
        file: o.file,
        line,
        column: 1,
        ruleId: 'slug/reserved',
        problem: `文档标识 slug“${o.slug}”是本站已有的地址 /${o.slug}/，文档页会被它覆盖，登记的链接也会指错`,
        fix: `另取一个小写拼音标识（如 ${o.slug}-wenjian）；已占用的有：${[...reserved]
          .filter((s) => /^[a-z]/u.test(s))
          .sort()
          .join('、')}`,
      });
    }
    const other = seen.get(o.slug);
    if (other) {
      problems.push({
        file: o.file,
        line,
        column: 1,
        ruleId: 'slug/duplicate',
        problem: `文档标识 slug“${o.slug}”与 ${other} 重复`,
        fix: '每个文档的 slug 必须唯一：为新文档另取一个小写拼音标识',
      });
    } else seen.set(o.slug, o.file);
  }
  return problems;
}
