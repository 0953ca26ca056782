/**
 * What readers are told about a document's declared changes, read from the
 * registry once the build has recorded them: each 勘误 with the wording it
 * replaced, and, for each ID that a renumbering gave other text, where the
 * text it used to hold is now.
 *
 *   entry 1-9 { history: [{ until: 2017-03-01, change: renumbered, place: 第一部分第（九）条, now: 1-10 }] }
 *   → notice on 1-9: 自 2017-03-01 起，本编号指向新内容；此前的第一部分第（九）条现为第一部分第（十）条 (→ 1-10)
 */
import type { UnitIdentity } from './fingerprint.ts';
import type { Correction, Renumbering } from './identity.ts';
import { currentEdition, resolveUnitId } from './editions.ts';
import type { RegistryEntry } from './registry.ts';

export interface CorrectionNote {
  /** The unit's ID today. */
  unitId: string;
  date: string;
  reason: string;
  place: string;
  /** The wording before the correction, exactly as published (sub-units elided as ……). */
  previous: string | null;
}

export interface RenumberNotice {
  /** The ID that now holds other text. */
  unitId: string;
  date: string;
  reason: string;
  previousPlace: string;
  /** Where the text this ID held is today, and its place. */
  now: string;
  nowPlace: string | null;
}

export interface DocumentHistory {
  /** The edition links are copied under (latest renumbering date), or null. */
  edition: string | null;
  renumberings: readonly Renumbering[];
  corrections: CorrectionNote[];
  notices: RenumberNotice[];
}

export interface HistorySource {
  entries: Record<string, RegistryEntry>;
  wording: Record<string, string>;
  identities: readonly UnitIdentity[];
  corrections: readonly Correction[];
  renumbered: readonly Renumbering[];
}

export function documentHistory(src: HistorySource): DocumentHistory {
  const current = new Map(src.identities.map((u) => [u.id as string, u]));
  const corrections: CorrectionNote[] = [];
  const notices: RenumberNotice[] = [];
  for (const [id, entry] of Object.entries(src.entries)) {
    for (const h of entry.history ?? []) {
      if (h.change === 'corrected') {
        const reason = src.corrections.find((c) => c.unit === id && c.date === h.until)?.reason ?? '';
        corrections.push({ unitId: resolveUnitId(id, h.until, src.renumbered), date: h.until, reason, place: h.place, previous: src.wording[h.text] ?? null });
      } else if (current.has(id) && h.now) {
        const now = resolveUnitId(h.now, h.until, src.renumbered);
        const reason = src.renumbered.find((r) => r.date === h.until)?.reason ?? '';
        notices.push({ unitId: id, date: h.until, reason, previousPlace: h.place, now, nowPlace: current.get(now)?.place ?? null });
      }
    }
  }
  const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);
  return { edition: currentEdition(src.renumbered), renumberings: src.renumbered, corrections: corrections.sort(byDate), notices: notices.sort(byDate) };
}

/** Notes and notices for one unit. */
export function historyOfUnit(history: DocumentHistory, id: string): { corrections: CorrectionNote[]; notices: RenumberNotice[] } {
  return { corrections: history.corrections.filter((c) => c.unitId === id), notices: history.notices.filter((n) => n.unitId === id) };
}
