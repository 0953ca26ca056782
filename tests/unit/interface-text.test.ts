/**
 * All interface text lives in src/i18n/: the folders that build pages and
 * run in the browser write no Chinese themselves, outside comments. A label,
 * a message or a piece of punctuation such as 《》 or ： written into a
 * component is one the dictionary cannot see; it belongs in zh-CN.ts (or, for
 * a page of prose, beside it in src/i18n/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['src/components', 'src/layouts', 'src/pages', 'src/scripts', 'src/offline', 'src/views', 'src/render', 'src/integrations'];
const SOURCE = /\.(?:ts|astro|mdx?|m?js)$/;

/**
 * CJK ideographs, CJK punctuation (、。《》「」〔〕), full-width forms (，：；（）｜／)
 * and the curly quotes, dashes and ellipsis Chinese text is written with.
 */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]|[\u{20000}-\u{2ffff}]/u;

/**
 * The source with its comments removed: `//` and `/* … *\/` (JSDoc included) in code,
 * `<!-- … -->` in markup. Quoted strings and template literals are kept whole, so a `//`
 * inside one (a URL) does not hide the rest of the line; nor does `https://` in markup.
 */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  const skipTo = (end: string) => {
    const at = source.indexOf(end, i);
    i = at === -1 ? source.length : at + end.length;
  };
  while (i < source.length) {
    const c = source[i] ?? '';
    const next = source[i + 1];
    const prev = source[i - 1];
    if (source.startsWith('<!--', i)) {
      skipTo('-->');
    } else if (c === '/' && next === '*') {
      skipTo('*/');
    } else if (c === '/' && next === '/' && prev !== ':' && prev !== '\\') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '"' || c === "'" || c === '`') {
      // A string ends at its closing quote; ' and " also at the line's end (an apostrophe in markup text).
      let j = i + 1;
      while (j < source.length && source[j] !== c && (c === '`' || source[j] !== '\n')) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : SOURCE.test(e.name) ? [join(dir, e.name)] : []));
}

/** Each line with CJK text outside comments, as `file:line: text`. */
function strayText(file: string, source = readFileSync(file, 'utf8')): string[] {
  const code = withoutComments(source);
  return code.split('\n').flatMap((line) => (CJK.test(line) ? [`${file}: ${line.trim()}`] : []));
}

describe('removing comments before looking for text', () => {
  it.each([
    ['// 注释\ncode', '\ncode'],
    ['a /* 注释 */ b', 'a  b'],
    ['/**\n * 说明\n */\nexport const x = 1;', '\nexport const x = 1;'],
    ['<!-- 注释 --><p>{x}</p>', '<p>{x}</p>'],
    ['{/* 注释 */}<p />', '{}<p />'],
  ])('drops the comment in %j', (source, expected) => expect(withoutComments(source)).toBe(expected));

  it.each([
    ["const url = 'https://例子/'; // 注释", "const url = 'https://例子/'; "],
    ['<a href="https://x/">见 https://x/ 说明</a>', '<a href="https://x/">见 https://x/ 说明</a>'],
    ['const re = /\\/\\//; const s = "文字";', 'const re = /\\/\\//; const s = "文字";'],
    ["<p>it's</p>\n<p>文字</p>", "<p>it's</p>\n<p>文字</p>"],
    ['const t = `第${n}条`;', 'const t = `第${n}条`;'],
  ])('keeps the text of %j', (source, expected) => expect(withoutComments(source)).toBe(expected));
});

describe('interface text', () => {
  const files = FOLDERS.flatMap((dir) => sources(dir));

  it('reads the page, component and script files (the check cannot pass by reading nothing)', () => {
    expect(files).toContain('src/pages/[doc]/[clause].astro');
    expect(files).toContain('src/scripts/cite-panel.ts');
    expect(files.length).toBeGreaterThan(60);
  });

  it('finds Chinese written into a component, and not in its comments', () => {
    expect(strayText('x.astro', '---\n// 注释\n---\n<p>{a}：{b}</p>\n<p aria-label="位置" />')).toEqual(['x.astro: <p>{a}：{b}</p>', 'x.astro: <p aria-label="位置" />']);
  });

  it('is all in src/i18n/: no Chinese outside comments in pages, components, layouts, scripts, views, render, offline or integrations', () => {
    expect(files.flatMap((file) => strayText(file))).toEqual([]);
  });
});
