/**
 * The glossary of 提法, checked as a whole before it is linked into the text:
 * unique slugs and spellings, related terms that exist, counting terms whose
 * expansion has as many parts as their name counts, and document-based terms
 * whose quoted definition really is in the unit they name.
 *
 *   三严三实 with a five-item expansion
 *   → ContentError 'content/terms/sanyan-sanshi.yaml:6: 提法“三严三实”的名称含 6 项（3 + 3），释义列出 5 项 …'
 */
import type { TermEntry } from '../schemas/term.ts';
import { ContentError } from './errors.ts';
import { numeralSum } from './numerals.ts';
import type { DocumentModel } from './types.ts';
import { findUnit } from './walk.ts';
import { MIN_SPELLING_CHARS, spellingCore } from './spelling.ts';

export interface Term extends TermEntry {
  /** Where the term is defined, for messages: `content/terms/x.yaml`. */
  file: string;
}

export interface Glossary {
  terms: Term[];
  bySlug: Map<string, Term>;
}

type LineOf = (file: string, needle: string) => number | undefined;

export function buildGlossary(terms: readonly Term[], lineOf: LineOf): Glossary {
  const bySlug = new Map<string, Term>();
  const spellings = new Map<string, Term>();
  for (const term of terms) {
    const twin = bySlug.get(term.slug);
    if (twin) throw new ContentError({ file: term.file, line: lineOf(term.file, 'slug:'), problem: `提法的 slug“${term.slug}”与 ${twin.file} 重复`, fix: '为其中一个另取一个拼音标识' });
    bySlug.set(term.slug, term);
    for (const spelling of [term.term, ...term.aliases]) {
      checkSpelling(term, spelling, lineOf);
      const other = spellings.get(spelling);
      if (other) {
        throw new ContentError({ file: term.file, line: lineOf(term.file, spelling), problem: `写法“${spelling}”同时属于“${other.term}”（${other.file}）和“${term.term}”`, fix: '一个写法只能指向一个提法：删去其中一处' });
      }
      spellings.set(spelling, term);
    }
  }
  for (const term of terms) {
    checkCount(term, lineOf);
    for (const slug of term.related) {
      if (!bySlug.has(slug)) {
        throw new ContentError({ file: term.file, line: lineOf(term.file, slug), problem: `related 中的“${slug}”不是任何提法的 slug`, fix: '改为 content/terms/ 中已有的文件名（不含 .yaml），或删去这一项' });
      }
    }
  }
  return { terms: [...terms], bySlug };
}

/** A spelling of one character or none (“”) would link the text everywhere. */
function checkSpelling(term: Term, spelling: string, lineOf: LineOf): void {
  const core = spellingCore(spelling);
  if (core.length >= MIN_SPELLING_CHARS) return;
  throw new ContentError({
    file: term.file,
    line: lineOf(term.file, spelling),
    problem:
      core.length === 0
        ? `提法写法“${spelling}”去掉引号、顿号和空格后一个字也不剩，会在正文每个位置都匹配`
        : `提法写法“${spelling}”去掉引号、顿号和空格后只剩一个字“${core}”，会把正文中所有的“${core}”都链接到这个提法`,
    fix: `写出提法的完整名称（至少 ${MIN_SPELLING_CHARS} 个字，如“三重一大”），引号不必写；不需要的别名直接删去`,
  });
}

/** The parts a counting term's name adds up to, written out: 三严三实 → “3 + 3”. */
function countParts(name: string): string {
  return [...name].map((ch) => numeralSum(ch)).filter((n) => n > 0).join(' + ');
}

function checkCount(term: Term, lineOf: LineOf): void {
  if (!term.expansion) return;
  const expected = numeralSum(term.term);
  if (term.expansion.length === expected) return;
  throw new ContentError({
    file: term.file,
    line: lineOf(term.file, 'expansion:'),
    problem:
      expected === 0
        ? `提法“${term.term}”的名称不含数字，却写了 expansion（${term.expansion.length} 项）`
        : `提法“${term.term}”的名称含 ${expected} 项（${countParts(term.term)}），expansion 却列出 ${term.expansion.length} 项`,
    fix: expected === 0 ? '不计数的提法不写 expansion，把组成部分写进 definition' : `核对依据，把 expansion 改为 ${expected} 项；依据不能确定时删去 expansion 并把 basis 改为 undefined`,
  });
}

/** A document-based term must quote its defining words from the unit it names. */
export function checkDocumentBasis(glossary: Glossary, documents: readonly DocumentModel[], lineOf: LineOf): void {
  for (const term of glossary.terms) {
    if (term.basis.kind !== 'document') continue;
    const { document, unit, quote } = term.basis;
    const doc = documents.find((d) => d.meta.slug === document);
    const found = doc ? findUnit(doc, unit) : undefined;
    if (!found || !found.text.includes(quote)) {
      throw new ContentError({
        file: term.file,
        line: lineOf(term.file, 'quote:'),
        problem: !doc ? `basis 指向的文档“${document}”不存在` : !found ? `basis 指向的条目 ${document}#${unit} 不存在` : `basis 的 quote 不在 ${document}#${unit} 的原文中`,
        fix: '按原文逐字复制 quote（含标点），并写明它所在条目的编号，如 1-6 或 1-6-2',
      });
    }
  }
}
