/**
 * Identity, not just existence: every published unit must still hold the
 * wording and the place it was published with, unless the document declares
 * why not (a 勘误, or a renumbering). A declaration is recorded in the
 * registry once (the old fingerprint goes into the unit's history), so it
 * excuses exactly one change and never a later one.
 *
 *   registry demo#1-2 = sha256(…每月开展2次…), text now …每月开展3次…, nothing declared
 *   → refusal: content/documents/demo.md:9: 已发布的条目 demo#1-2（第一部分第（二）条）的文字变了 …
 *   corrections: [{ unit: 1-2, date: 2017-05-01, reason }]
 *   → demo#1-2 = sha256(…3次…), history [{ until: 2017-05-01, change: corrected, text: sha256(…2次…) }]
 */
import { ContentError } from './errors.ts';
import { sameApartFromNumber, type UnitIdentity } from './fingerprint.ts';
import type { HistoryEntry, Registry, RegistryEntry, Wording } from './registry.ts';
import { unitKey } from './registry.ts';
import { refusal, type Refused } from './identity-messages.ts';
import type { Correction, DocumentIdentity, Renumbering } from './identity-types.ts';

export type { Correction, DocumentIdentity, Renumbering };

export interface Reconciled {
  registry: Registry;
  wording: Wording;
  /** What this build would add to the registry: new IDs, first fingerprints, recorded declarations. */
  updates: string[];
  problems: ContentError[];
}

/** Checks each document's units against the registry and records what the documents declare. */
export function reconcile(registry: Registry, wording: Wording, docs: readonly DocumentIdentity[]): Reconciled {
  const out: Reconciled = { registry: structuredClone(registry), wording: structuredClone(wording), updates: [], problems: [] };
  for (const doc of docs) reconcileDocument(doc, out);
  return out;
}

function reconcileDocument(doc: DocumentIdentity, out: Reconciled): void {
  const entries = (out.registry[doc.slug] ??= {});
  const store = (out.wording[doc.slug] ??= {});
  const current = new Map(doc.identities.map((u) => [u.id as string, u]));
  const problems: ContentError[] = [];
  for (const declared of declarationsInOrder(doc)) {
    const found = declared.kind === 'renumbered' ? applyRenumbering(doc, declared.value, entries, current, store) : applyCorrection(doc, declared.value, entries, current, store);
    if (typeof found === 'string') out.updates.push(found);
    else problems.push(...found);
  }
  const refused: Refused[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    const unit = current.get(id);
    // A vanished unit is the existence check's business (registry.ts); a vacated ID holds nothing to compare.
    if (!unit || (entry.text === undefined && entry.history?.length)) continue;
    if (entry.text === undefined || entry.place === undefined) {
      Object.assign(entry, { place: unit.place, text: unit.text });
      out.updates.push(`${unitKey(doc.slug, id)} 首次记录指纹`);
    } else if (entry.text !== unit.text || entry.place !== unit.place) {
      refused.push({ id, entry: { ...entry, text: entry.text, place: entry.place }, unit, oldWording: store[entry.text] });
    }
  }
  problems.push(...refused.map((r) => refusal(doc, r, refused, current)));
  for (const unit of doc.identities) {
    if (entries[unit.id]) continue;
    entries[unit.id] = { path: unit.path, place: unit.place, text: unit.text };
    out.updates.push(`${unitKey(doc.slug, unit.id)} 新登记`);
  }
  // Keep the wording of every fingerprint the registry names, so old and new can always be read side by side.
  for (const unit of doc.identities) if (entries[unit.id]?.text === unit.text) store[unit.text] ??= unit.wording;
  out.problems.push(...problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

type Declared = { kind: 'renumbered'; date: string; value: Renumbering } | { kind: 'corrected'; date: string; value: Correction };

/** Oldest first; on one day a renumbering before a correction, since a correction names the unit's new ID. */
function declarationsInOrder(doc: DocumentIdentity): Declared[] {
  const all: Declared[] = [
    ...doc.renumbered.map((value) => ({ kind: 'renumbered' as const, date: value.date, value })),
    ...doc.corrections.map((value) => ({ kind: 'corrected' as const, date: value.date, value })),
  ];
  return all.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'renumbered' ? -1 : 1));
}

function recorded(entry: RegistryEntry | undefined, change: HistoryEntry['change'], date: string): boolean {
  return entry?.history?.some((h) => h.change === change && h.until === date) ?? false;
}

/** Records a renumbering once every move is verified; returns what it recorded, or the problems. */
function applyRenumbering(doc: DocumentIdentity, r: Renumbering, entries: Record<string, RegistryEntry>, current: Map<string, UnitIdentity>, store: Record<string, string>): string | ContentError[] {
  const moves = Object.entries(r.moves);
  if (moves.every(([from]) => recorded(entries[from], 'renumbered', r.date))) return [];
  const line = doc.lineOf(`date: ${r.date}`);
  const problems: ContentError[] = [];
  for (const [from, to] of moves) {
    const entry = entries[from];
    const target = current.get(to);
    if (!entry) {
      problems.push(new ContentError({ file: doc.file, line, problem: `编号变动（${r.date}）声明 ${from} → ${to}，但 ${unitKey(doc.slug, from)} 从未发布过`, fix: `从 moves 中删去 "${from}"：未发布过的编号不需要声明移动` }));
    } else if (!target) {
      problems.push(new ContentError({ file: doc.file, line, problem: `编号变动（${r.date}）声明 ${from} → ${to}，但本文件中没有 ${to}`, fix: `把 "${from}" 的去向改为它原来的文字现在所在的编号` }));
    } else if (entry.text !== undefined && !(store[entry.text] !== undefined && sameApartFromNumber(store[entry.text] ?? '', target))) {
      problems.push(
        new ContentError({
          file: doc.file,
          line,
          problem: `编号变动（${r.date}）声明 ${from} → ${to}，但 ${to} 的文字与 ${from} 登记的原文不同：\n  ${from} 登记的原文：${store[entry.text] ?? '（登记表中没有这段原文）'}\n  ${to} 现在的文字：${target.wording}\n移动只改变编号，其余文字必须逐字相同`,
          fix: `把 "${from}" 的去向改为它原来的文字现在所在的编号；若文字也据原件更正了，先只声明移动并构建一次，再另行声明勘误`,
        }),
      );
    }
  }
  if (problems.length > 0) return problems;
  for (const [from, to] of moves) {
    const entry = entries[from] as RegistryEntry;
    if (entry.text !== undefined && entry.place !== undefined) (entry.history ??= []).push({ until: r.date, change: 'renumbered', place: entry.place, text: entry.text, now: to });
    const now = current.get(from);
    if (now) Object.assign(entry, { place: now.place, text: now.text });
    else {
      delete entry.place;
      delete entry.text;
    }
    if (now) store[now.text] ??= now.wording;
  }
  return `${doc.slug} 编号变动（${r.date}）：${moves.map(([a, b]) => `${a} → ${b}`).join('，')}`;
}

function applyCorrection(doc: DocumentIdentity, c: Correction, entries: Record<string, RegistryEntry>, current: Map<string, UnitIdentity>, store: Record<string, string>): string | ContentError[] {
  const entry = entries[c.unit];
  if (recorded(entry, 'corrected', c.date)) return [];
  const line = doc.lineOf(`unit: ${c.unit}`) ?? doc.lineOf(`unit: "${c.unit}"`);
  const unit = current.get(c.unit);
  const fail = (problem: string, fix: string) => [new ContentError({ file: doc.file, line, problem, fix })];
  if (!entry || entry.text === undefined) return fail(`勘误（${c.date}）针对的 ${unitKey(doc.slug, c.unit)} 尚未发布`, '删去这条勘误：未发布的条目直接修改即可');
  if (!unit) return fail(`勘误（${c.date}）针对的 ${c.unit} 在本文件中不存在`, '把 unit 改为被更正文字所在条目的编号');
  if (unit.text === entry.text) return fail(`勘误（${c.date}）针对的 ${c.unit} 文字与登记的相同，没有可记录的更正`, '把 unit 改为被更正文字所在条目的编号；若尚未改正文，先改正文');
  if (unit.place !== entry.place) return fail(`勘误（${c.date}）针对的 ${c.unit} 位置变了（${entry.place} → ${unit.place}）`, '位置变化是编号变动，在 renumbered 中声明');
  (entry.history ??= []).push({ until: c.date, change: 'corrected', place: entry.place ?? unit.place, text: entry.text });
  entry.text = unit.text;
  store[unit.text] ??= unit.wording;
  return `${unitKey(doc.slug, c.unit)} 勘误（${c.date}）`;
}
