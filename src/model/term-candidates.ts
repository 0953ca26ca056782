/**
 * New 提法 in a text: quoted phrases shaped like a policy term (a counting
 * name such as “三会一课”, “一岗双责”, “四好两优”, or a run of one-character
 * parts such as “查、摆、议”) that no glossary spelling covers. When the
 * text spells one out in brackets right after it, the bracket is its basis,
 * quoted exactly; otherwise it has none. Nothing here makes up a meaning.
 *
 *   findTermCandidates('开展“两学一做”(学党章党规、学系列讲话、做合格党员)和“三会一课”', [])
 *   → [{ term: '两学一做', bracket: '(学党章党规、学系列讲话、做合格党员)', parts: ['学党章党规', '学系列讲话', '做合格党员'] },
 *      { term: '三会一课' }]
 */
import { numeralSum } from './numerals.ts';
import { spellingPattern } from './term-linker.ts';
import type { Glossary } from './glossary.ts';
import type { DocumentModel } from './types.ts';
import { runsInOrder } from './walk.ts';

export interface TermCandidate {
  /** The phrase inside the quotes, exactly. */
  term: string;
  /** Offset of the opening quote in the text. */
  start: number;
  /** The brackets that follow the quote, exactly as written, when the text spells the term out there. */
  bracket?: string;
  /** The bracket's parts, when they are as many as the name counts (两学一做 → 3). */
  parts?: string[];
}

const QUOTED = /[“"「]([^“”"「」\n]{2,12})[”"」]/gu;
const BRACKET = /^[（(]([^（）()\n]{2,120})[）)]/u;
const COUNTING = /[一二三四五六七八九十两双百千万\d０-９]/u;
/** 第一 is an ordinal (“第一责任人”), not a count. */
const ORDINAL = /第[一二三四五六七八九十\d]/u;
const SENTENCE = /[，,。；;：:！？!?\s]/u;
const ONE_CHAR_PARTS = /^\p{Script=Han}{1,2}(?:、\p{Script=Han}{1,2}){2,}$/u;

/** Whether a quoted phrase has the shape of a 提法. */
export function looksLikeTerm(phrase: string): boolean {
  if (SENTENCE.test(phrase) || !/\p{Script=Han}/u.test(phrase)) return ONE_CHAR_PARTS.test(phrase);
  if (ONE_CHAR_PARTS.test(phrase)) return true;
  return COUNTING.test(phrase) && !ORDINAL.test(phrase);
}

/** Splits a bracket into as many parts as the term counts, or gives none. */
function partsOf(inner: string, term: string): string[] | undefined {
  const count = numeralSum(term);
  if (count < 2) return undefined;
  const byList = inner.split(/[、,，；;]/u).map((s) => s.trim()).filter(Boolean);
  if (byList.length === count) return byList;
  // “支部党员大会、支部委员会、党小组会和党课”: the last two joined by 和.
  const last = byList.at(-1) ?? '';
  const split = [...byList.slice(0, -1), ...last.split(/[和及与]/u)].filter(Boolean);
  return split.length === count ? split : undefined;
}

/** Quoted 提法-shaped phrases in `text` that none of `spellings` covers, first occurrence of each. */
export function findTermCandidates(text: string, spellings: readonly string[]): TermCandidate[] {
  const known = spellings.length ? new RegExp([...spellings].sort((a, b) => b.length - a.length).map(spellingPattern).join('|'), 'gu') : null;
  const covered = known ? [...text.matchAll(known)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const found = new Map<string, TermCandidate>();
  for (const m of text.matchAll(QUOTED)) {
    const term = m[1] ?? '';
    const innerStart = m.index + 1;
    const innerEnd = innerStart + term.length;
    if (!looksLikeTerm(term) || covered.some(([s, e]) => s < innerEnd && innerStart < e)) continue;
    const after = BRACKET.exec(text.slice(m.index + m[0].length));
    const candidate: TermCandidate = { term, start: m.index };
    if (after) {
      candidate.bracket = after[0];
      const parts = partsOf(after[1] ?? '', term);
      if (parts) candidate.parts = parts;
    }
    const earlier = found.get(term);
    // The occurrence that spells it out is the one worth keeping.
    if (!earlier || (!earlier.bracket && candidate.bracket)) found.set(term, candidate);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

export interface PlacedCandidate extends TermCandidate {
  /** The document and unit the text is in; a unit is needed for a document basis. */
  document: string;
  unitId: string | null;
}

/** Every glossary spelling: a term's name and its aliases. */
export function glossarySpellings(glossary: Pick<Glossary, 'terms'>): string[] {
  return glossary.terms.flatMap((t) => [t.term, ...t.aliases]);
}

/** The candidates of a whole document, each with the unit it is in; one per term, preferring one spelled out. */
export function documentTermCandidates(doc: DocumentModel, spellings: readonly string[]): PlacedCandidate[] {
  const found = new Map<string, PlacedCandidate>();
  for (const { run, unit } of runsInOrder(doc)) {
    for (const c of findTermCandidates(run.text, spellings)) {
      const earlier = found.get(c.term);
      if (!earlier || (!earlier.bracket && c.bracket)) found.set(c.term, { ...c, document: doc.meta.slug, unitId: unit?.id ?? null });
    }
  }
  return [...found.values()];
}
