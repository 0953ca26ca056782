/**
 * Word's automatic list numbering, restored as Word displays it. A heading
 * numbered by a list (not typed) has no number in its text: its number comes
 * from `word/numbering.xml` (level text such as `%1、`, number format such as
 * chineseCounting, start value, restarts) and from where the paragraph stands
 * in its list. This replays the lists in document order, as Word does:
 *
 *   lvl 0: `%1、` chineseCounting   lvl 1: `（%2）` chineseCounting
 *   paragraphs at levels 0, 1, 1, 0, 1 → 一、 （一） （二） 二、 （一）
 *
 * Lists are counted per abstract definition, so two w:num that share one and
 * do not override its start continue one list; a `w:startOverride` restarts
 * it where that w:num is first used. A deeper level restarts after a higher
 * one unless `w:lvlRestart` says otherwise.
 */
import { formatNumber } from './number-formats.ts';
import { child, findAll, val, type XmlNode } from './xml.ts';

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** `w:lvlRestart`: restart after a level above this (1-based); 0 = never. */
  restart: number | undefined;
  isLgl: boolean;
  /** The paragraph style this level is tied to, if any. */
  pStyle: string | undefined;
}

interface NumDef {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, { levels: Map<number, LevelDef>; numStyleLink: string | undefined }>;
  nums: Map<string, NumDef>;
  /** Paragraph and numbering styles: their numPr and what they are based on. */
  styles: Map<string, { numId: string | undefined; ilvl: number | undefined; basedOn: string | undefined }>;
}

/** Where a paragraph asks for a list number: its own numPr, or its style's. */
export interface NumberingRef {
  numId: string;
  ilvl: number | undefined;
  pStyle: string | undefined;
}

export type Restored = { kind: 'marker'; marker: string } | { kind: 'bullet' } | { kind: 'none' } | { kind: 'unknown'; numFmt: string };

function readLevel(lvl: XmlNode): LevelDef {
  const restart = val(child(lvl, 'lvlRestart'));
  return {
    start: Number(val(child(lvl, 'start')) ?? 0),
    numFmt: val(child(lvl, 'numFmt')) ?? 'decimal',
    lvlText: val(child(lvl, 'lvlText')) ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    isLgl: child(lvl, 'isLgl') !== undefined && val(child(lvl, 'isLgl')) !== '0' && val(child(lvl, 'isLgl')) !== 'false',
    pStyle: val(child(lvl, 'pStyle')),
  };
}

export function readNumbering(numberingXml: XmlNode[] | undefined, stylesXml: XmlNode[] | undefined): NumberingDefinitions {
  const abstracts: NumberingDefinitions['abstracts'] = new Map();
  const nums: NumberingDefinitions['nums'] = new Map();
  for (const abs of findAll(numberingXml ?? [], 'abstractNum')) {
    const levels = new Map<number, LevelDef>();
    for (const lvl of abs.children.filter((c) => c.name === 'lvl')) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
    abstracts.set(abs.attrs.abstractNumId ?? '', { levels, numStyleLink: val(child(abs, 'numStyleLink')) });
  }
  for (const num of findAll(numberingXml ?? [], 'num')) {
    const startOverrides = new Map<number, number>();
    const levelOverrides = new Map<number, LevelDef>();
    for (const o of num.children.filter((c) => c.name === 'lvlOverride')) {
      const ilvl = Number(o.attrs.ilvl ?? 0);
      const start = val(child(o, 'startOverride'));
      if (start !== undefined) startOverrides.set(ilvl, Number(start));
      const lvl = child(o, 'lvl');
      if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
    }
    nums.set(num.attrs.numId ?? '', { abstractId: val(child(num, 'abstractNumId')) ?? '', startOverrides, levelOverrides });
  }
  const styles: NumberingDefinitions['styles'] = new Map();
  for (const style of findAll(stylesXml ?? [], 'style')) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    const ilvl = val(child(numPr, 'ilvl'));
    styles.set(style.attrs.styleId ?? '', { numId: val(child(numPr, 'numId')), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: val(child(style, 'basedOn')) });
  }
  return { abstracts, nums, styles };
}

/** A paragraph's numbering request (`w:pPr`), following its style chain when it has no numPr itself. */
export function numberingRef(pPr: XmlNode | undefined, defs: NumberingDefinitions): NumberingRef | null {
  const numPr = child(pPr, 'numPr');
  const pStyle = val(child(pPr, 'pStyle'));
  const own = val(child(numPr, 'numId'));
  const ownLevel = val(child(numPr, 'ilvl'));
  if (own !== undefined) return own === '0' ? null : { numId: own, ilvl: ownLevel === undefined ? undefined : Number(ownLevel), pStyle };
  const seen = new Set<string>();
  for (let id = pStyle; id !== undefined && !seen.has(id); id = defs.styles.get(id)?.basedOn) {
    seen.add(id);
    const style = defs.styles.get(id);
    if (style?.numId !== undefined) return style.numId === '0' ? null : { numId: style.numId, ilvl: ownLevel !== undefined ? Number(ownLevel) : style.ilvl, pStyle };
  }
  return null;
}

/** Replays the lists of one document, paragraph by paragraph, in order. */
export class ListCounter {
  readonly #defs: NumberingDefinitions;
  readonly #values = new Map<string, Array<number | undefined>>();
  readonly #startFor = new Map<string, Map<number, number>>();
  readonly #numsSeen = new Set<string>();

  constructor(defs: NumberingDefinitions) {
    this.#defs = defs;
  }

  /** The abstract definition a num uses, following a numbering style's link. */
  #abstractOf(numId: string, depth = 0): string | undefined {
    const num = this.#defs.nums.get(numId);
    if (!num || depth > 4) return undefined;
    const link = this.#defs.abstracts.get(num.abstractId)?.numStyleLink;
    const linkedNum = link === undefined ? undefined : this.#defs.styles.get(link)?.numId;
    return linkedNum === undefined ? num.abstractId : this.#abstractOf(linkedNum, depth + 1);
  }

  #level(numId: string, abstractId: string, ilvl: number): LevelDef | undefined {
    return this.#defs.nums.get(numId)?.levelOverrides.get(ilvl) ?? this.#defs.abstracts.get(abstractId)?.levels.get(ilvl);
  }

  next(ref: NumberingRef): Restored {
    const abstractId = this.#abstractOf(ref.numId);
    if (abstractId === undefined) return { kind: 'none' };
    const levels = this.#defs.abstracts.get(abstractId)?.levels;
    // A level tied to the paragraph's style gives the level when numPr does not.
    const ilvl = ref.ilvl ?? [...(levels ?? new Map<number, LevelDef>())].find(([, l]) => l.pStyle !== undefined && l.pStyle === ref.pStyle)?.[0] ?? 0;
    const def = this.#level(ref.numId, abstractId, ilvl);
    if (!def) return { kind: 'none' };
    const values = this.#values.get(abstractId) ?? [];
    this.#values.set(abstractId, values);
    const startFor = this.#startFor.get(abstractId) ?? new Map<number, number>();
    this.#startFor.set(abstractId, startFor);
    if (!this.#numsSeen.has(ref.numId)) {
      this.#numsSeen.add(ref.numId);
      for (const [level, start] of this.#defs.nums.get(ref.numId)?.startOverrides ?? []) {
        values[level] = undefined;
        startFor.set(level, start);
      }
    }
    const current = values[ilvl];
    values[ilvl] = current === undefined ? (startFor.get(ilvl) ?? def.start) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.#level(ref.numId, abstractId, deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) values[deeper] = undefined;
    }
    if (def.numFmt === 'bullet') return { kind: 'bullet' };
    let unknown: string | undefined;
    const marker = def.lvlText.replace(/%([1-9])/gu, (_, k: string) => {
      const level = Number(k) - 1;
      const levelDef = this.#level(ref.numId, abstractId, level);
      const n = values[level] ?? startFor.get(level) ?? levelDef?.start ?? 1;
      const format = def.isLgl ? 'decimal' : (levelDef?.numFmt ?? 'decimal');
      const shown = formatNumber(n, format);
      if (shown === null) unknown = format;
      return shown ?? '';
    });
    return unknown === undefined ? { kind: 'marker', marker } : { kind: 'unknown', numFmt: unknown };
  }
}
