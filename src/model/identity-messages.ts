/**
 * The refusal staff read when a published unit's text or place changed: the
 * file and line, the unit (ID and place), the registered and the present
 * wording, where a small change is, and the two declared ways out. When the
 * registered wording now sits under another ID, the units have shifted, and
 * the message spells out the `moves` to declare.
 *
 *   content/documents/demo.md:9: 已发布的条目 demo#1-2（第一部分第（二）条）的文字变了：
 *     登记的原文：(二)第二条。每月开展2次学习。
 *     本次的文字：(二)第二条。每月开展3次学习。
 *     改动之处：每月开展〔2→3〕次学习
 *   已印发的通知里指向它的链接会打开不同的文字。处理：…
 */
import { diffChars } from 'diff';
import { ContentError } from './errors.ts';
import { sameApartFromNumber, type UnitIdentity } from './fingerprint.ts';
import type { DocumentIdentity } from './identity-types.ts';
import { unitKey, type RegistryEntry } from './registry.ts';

export interface Refused {
  id: string;
  entry: RegistryEntry & { text: string; place: string };
  unit: UnitIdentity;
  /** The registered wording, when the wording store has it. */
  oldWording: string | undefined;
}

/** How far the diff shows unchanged text around a change. */
const CONTEXT = 6;
/** Past this many changed characters a diff no longer helps: the two wordings are shown whole. */
const MAX_CHANGED = 40;

export function refusal(doc: DocumentIdentity, r: Refused, all: readonly Refused[], current: Map<string, UnitIdentity>): ContentError {
  const key = unitKey(doc.slug, r.id);
  const movedTo = movedToOf(r, current);
  const what = r.entry.text === r.unit.text ? `位置变了（${r.entry.place} → ${r.unit.place}）` : r.entry.place === r.unit.place ? '文字变了' : `文字和位置都变了（现在是${r.unit.place}）`;
  const lines = [`已发布的条目 ${key}（${r.entry.place}）${what}：`];
  if (r.entry.text !== r.unit.text) {
    lines.push(`  登记的原文：${r.oldWording ?? '（登记表 wording.json 中没有这段原文）'}`, `  本次的文字：${r.unit.wording}`);
    const changes = r.oldWording === undefined || movedTo ? null : changedPlaces(r.oldWording, r.unit.wording);
    if (changes) lines.push(`  改动之处：${changes}`);
  }
  if (movedTo) lines.push(`  登记的原文现在位于 ${unitKey(doc.slug, movedTo.id)}（${movedTo.place}）：看来是条目增删使编号移动了。`);
  lines.push('已印发的通知里指向它的链接会因此打开不同的文字');
  return new ContentError({ file: doc.file, line: r.unit.line, problem: lines.join('\n'), fix: movedTo ? shiftFix(all, current) : correctionFix(r.id) });
}

/** Where the registered wording sits now under another number, if it does. */
function movedToOf(r: Refused, current: Map<string, UnitIdentity>): UnitIdentity | undefined {
  const old = r.oldWording;
  if (old === undefined) return undefined;
  return [...current.values()].find((u) => u.id !== r.id && sameApartFromNumber(old, u));
}

function correctionFix(id: string): string {
  return `若是据原件更正了文字，在本文件 frontmatter 中声明勘误：corrections: [{ unit: "${id}", date: 更正日期（YYYY-MM-DD）, reason: 更正依据 }]，页面会注明更正日期并保留原来的文字；若是增删条目使编号移动，在 renumbered 中声明移动；否则恢复登记的原文`;
}

function shiftFix(all: readonly Refused[], current: Map<string, UnitIdentity>): string {
  const moves = all.flatMap((r) => {
    const to = movedToOf(r, current);
    return to ? [`"${r.id}": "${to.id}"`] : [];
  });
  return `若确是补入或删去了条目，在本文件 frontmatter 中声明编号变动：renumbered: [{ date: 生效日期（YYYY-MM-DD）, reason: 原因, moves: { ${moves.join(', ')} } }]（旧编号: 新编号），旧链接会提示读者文字的新位置；若是更正文字，声明勘误（corrections）；否则恢复原来的条目`;
}

/** `每月开展〔2→3〕次学习`: each change with a little unchanged text around it; null when the change is too big to help. */
function changedPlaces(before: string, after: string): string | null {
  const parts = diffChars(before, after);
  const changed = parts.filter((p) => p.added || p.removed).reduce((n, p) => n + p.value.length, 0);
  if (changed === 0 || changed > MAX_CHANGED) return null;
  const out: string[] = [];
  let pending: { removed: string; added: string } | null = null;
  const flush = () => {
    if (pending) out.push(`〔${pending.removed || '（无）'}→${pending.added || '（无）'}〕`);
    pending = null;
  };
  parts.forEach((p, i) => {
    if (p.added || p.removed) {
      pending ??= { removed: '', added: '' };
      if (p.added) pending.added += p.value;
      else pending.removed += p.value;
      return;
    }
    flush();
    const v = p.value;
    if (i === 0) out.push(v.length > CONTEXT ? `……${v.slice(-CONTEXT)}` : v);
    else if (i === parts.length - 1) out.push(v.length > CONTEXT ? `${v.slice(0, CONTEXT)}……` : v);
    else out.push(v.length > CONTEXT * 2 ? `${v.slice(0, CONTEXT)}……${v.slice(-CONTEXT)}` : v);
  });
  flush();
  return out.join('');
}
