/**
 * Reads a content file's data (a document's frontmatter, or a whole YAML file)
 * and checks it against its schema, reporting every problem at its line and
 * column, in words a maintainer can act on (Astro's own report names no line
 * and can give a misleading hint).
 *
 *   issued: 2016   →  5:9 字段“issued”不符合要求：应为日期（YYYY-MM-DD…）。处理：… [frontmatter/invalid]
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'astro/zod';
import type { FileProblem } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';

export type DataKind = 'frontmatter' | 'yaml';

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
  values?: unknown[];
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '一组字段',
  null: 'null',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表';
  return `${TYPE_NAMES[typeof value] ?? typeof value} ${typeof value === 'object' ? '' : JSON.stringify(value)}`.trim();
}

function explain(issue: Issue, prefix: string): Omit<FileProblem, 'line' | 'column'> {
  const field = issue.path.map(String).join('.') || '（整体）';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return {
      ruleId: `${prefix}/required`,
      problem: `缺少必填字段“${field}”`,
      fix: `补上 ${field}: …（各字段的写法见 README“添加一份文件”）`,
    };
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
    return {
      ruleId: `${prefix}/type`,
      problem: `字段“${field}”应为${expected}，现在是${describe(issue.input)}`,
      fix: `把 ${field} 改为${expected}；文字中含冒号等符号时用引号括起来`,
    };
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return {
      ruleId: `${prefix}/value`,
      problem: `字段“${field}”的值不在允许范围内`,
      fix: `只能取：${issue.values.map(String).join('、')}`,
    };
  }
  return {
    ruleId: `${prefix}/invalid`,
    problem: `字段“${field}”不符合要求：${issue.message}`,
    fix: '按提示修改这一字段',
  };
}

export interface ReadData {
  /** The validated data, or null when there are problems. */
  data: Record<string, unknown> | null;
  /** The body after the frontmatter ('' for a YAML file). */
  body: string;
  /** How many lines of the file come before the body. */
  bodyOffset: number;
  problems: FileProblem[];
}

/** Validates one file's data; every problem is reported at its line. */
export function readData(raw: string, kind: DataKind, schema: ZodType): ReadData {
  const prefix = kind === 'frontmatter' ? 'frontmatter' : 'data';
  let text = raw;
  let offset = 0;
  let body = '';
  let bodyOffset = 0;
  if (kind === 'frontmatter') {
    const split = splitFrontmatter(raw);
    if (!split) {
      const problem = {
        line: 1,
        column: 1,
        ruleId: 'frontmatter/missing',
        problem: '文件开头缺少 frontmatter（以 --- 开始、以 --- 结束的元数据）',
        fix: '在文件开头写上 ---、slug、title、issuer、issued 等字段和结束的 ---，格式见 README“添加一份文件”',
      };
      return { data: null, body: '', bodyOffset: 0, problems: [problem] };
    }
    ({ yaml: text, body, bodyOffset } = split);
    offset = 1;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({
      line: (e.linePos?.[0].line ?? 1) + offset,
      column: e.linePos?.[0].col ?? 1,
      ruleId: `${prefix}/yaml`,
      problem: `YAML 写法有误：${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: '检查缩进、冒号后的空格和引号是否成对',
    }));
    return { data: null, body, bodyOffset, problems };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success)
    return {
      data: result.data as Record<string, unknown>,
      body,
      bodyOffset,
      problems: [],
    };
  const problems = (result.error.issues as unknown as Issue[]).map((issue) => {
    let node: unknown;
    for (let depth = issue.path.length; depth >= 0 && !node; depth--) node = doc.getIn(issue.path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    return {
      line: pos.line + offset,
      column: pos.col,
      ...explain(issue, prefix),
    };
  });
  return { data: null, body, bodyOffset, problems };
}
