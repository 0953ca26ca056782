/**
 * A glob loader that checks every file against its schema before Astro loads
 * it, so a maintainer's mistake is reported as file:line, what is wrong and
 * what to do (Astro's own report names no line and can give a misleading hint).
 *
 *   issued: 2016   →  content/documents/x.md:5: 字段“issued”应为 日期（YYYY-MM-DD）或 null，现在是 数字 2016。处理：…
 */
import { glob, type Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'astro/zod';
import { ContentError } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';

type Kind = 'frontmatter' | 'yaml';

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
  values?: unknown[];
}

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', boolean: 'true 或 false', array: '列表（每项以“- ”开头）', object: '一组字段', null: 'null' };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表';
  return `${TYPE_NAMES[typeof value] ?? typeof value} ${typeof value === 'object' ? '' : JSON.stringify(value)}`.trim();
}

function explain(issue: Issue): { problem: string; fix: string } {
  const field = issue.path.map(String).join('.') || '（整体）';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { problem: `缺少必填字段“${field}”`, fix: `补上 ${field}: …（各字段的写法见 README“添加一份文件”）` };
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
    return { problem: `字段“${field}”应为${expected}，现在是${describe(issue.input)}`, fix: `把 ${field} 改为${expected}；文字中含冒号等符号时用引号括起来` };
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return { problem: `字段“${field}”的值不在允许范围内`, fix: `只能取：${issue.values.map(String).join('、')}` };
  }
  return { problem: `字段“${field}”不符合要求：${issue.message}`, fix: '按提示修改这一字段' };
}

/** Validates one file's data; throws a ContentError at the offending line. */
export function checkFile(file: string, raw: string, kind: Kind, schema: ZodType): void {
  let text = raw;
  let offset = 0;
  if (kind === 'frontmatter') {
    const split = splitFrontmatter(raw);
    if (!split) {
      throw new ContentError({ file, line: 1, problem: '文件开头缺少 frontmatter（以 --- 开始、以 --- 结束的元数据）', fix: '在文件开头写上 ---、slug、title、issuer、issued 等字段和结束的 ---，格式见 README“添加一份文件”' });
    }
    text = split.yaml;
    offset = 1;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new ContentError({ file, line: (yamlError.linePos?.[0].line ?? 1) + offset, problem: `YAML 写法有误：${(yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, fix: '检查缩进、冒号后的空格和引号是否成对' });
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return;
  const issue = result.error.issues[0] as unknown as Issue;
  let node: unknown;
  for (let depth = issue.path.length; depth >= 0 && !node; depth--) node = doc.getIn(issue.path.slice(0, depth), true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  const line = range ? lineCounter.linePos(range[0]).line + offset : offset + 1;
  throw new ContentError({ file, line, ...explain(issue) });
}

/** Astro's glob loader over `base`, with every file checked first. IDs are file paths. */
export function checkedGlob(options: { base: string; extensions: string[]; kind: Kind; schema: ZodType }): Loader {
  const pattern = options.extensions.length === 1 ? `*.${options.extensions[0]}` : `*.{${options.extensions.join(',')}}`;
  const inner = glob({ pattern, base: options.base, generateId: ({ entry }) => entry });
  return {
    // Keeps glob's name: Astro treats its Markdown entries specially by that name.
    ...inner,
    load: async (context) => {
      const names = readdirSync(options.base).filter((n) => options.extensions.some((e) => n.endsWith(`.${e}`)));
      for (const name of names.sort()) {
        const file = join(options.base, name);
        checkFile(file, readFileSync(file, 'utf8'), options.kind, options.schema);
      }
      await inner.load(context);
    },
  };
}
