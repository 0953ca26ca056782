/**
 * Published links never break. The registry (`content/registry/published.json`)
 * lists every unit ID ever published, per document, with its URL, its place and
 * a fingerprint of its own text (see fingerprint.ts; identity.ts checks those);
 * a build whose model lacks one fails unless `content/registry/redirects.json`
 * sends it on.
 *
 *   published { doc: { '1-11': { path: '/doc/1-11/', … } } }, model without 1-11, no redirect
 *   → ContentError 'content/registry/published.json:5: 已发布的链接 doc#1-11 … 消失'
 *   redirects { 'doc#1-11': 'doc#1-10' } → passes; /doc/1-11/ becomes a redirect page
 */
import { ContentError } from './errors.ts';
import { identitiesOf } from './fingerprint.ts';
import { parseUnitKey, unitKey } from './ids.ts';

export { unitKey };
import type { DocumentModel } from './types.ts';

/** What a unit ID held before a declared change, and when that stopped. */
export interface HistoryEntry {
  /** The declared date from which the ID holds its present text. */
  until: string;
  change: 'corrected' | 'renumbered';
  place: string;
  /** Fingerprint of the wording it held (the wording itself is in wording.json). */
  text: string;
  /** For a renumbering: the ID that wording moved to. */
  now?: string;
}

/** One published unit ID. */
export interface RegistryEntry {
  /** Canonical path below the site's base. */
  path: string;
  /** Where the unit sits (第一部分第（六）条); absent only in a registry from before fingerprints. */
  place?: string;
  /** `sha256:…` of the unit's own wording; absent when the ID was vacated by a renumbering. */
  text?: string;
  /** Earlier wordings, oldest first, each ended by a declared correction or renumbering. */
  history?: HistoryEntry[];
}

/** Per document slug: unit ID → what it was published as. */
export type Registry = Record<string, Record<string, RegistryEntry>>;
/** Per document slug: fingerprint → the wording it was taken from, so staff can read old against new. */
export type Wording = Record<string, Record<string, string>>;
/** `slug#id` of a retired unit → `slug#id` of where it now lives. */
export type Redirects = Record<string, string>;

/** The registry files, relative to the content root. */
export const REGISTRY_FILE = 'registry/published.json';
export const REDIRECTS_FILE = 'registry/redirects.json';
export const WORDING_FILE = 'registry/wording.json';

/**
 * Reads a registry as committed. Entries from before fingerprints were kept
 * (`"1-6": "/doc/1-6/"`) become entries without one; the next local build
 * fingerprints them, as it registers new IDs.
 */
export function parseRegistry(json: Record<string, Record<string, RegistryEntry | string>>): Registry {
  return Object.fromEntries(
    Object.entries(json).map(([slug, units]) => [slug, Object.fromEntries(Object.entries(units).map(([id, e]) => [id, typeof e === 'string' ? { path: e } : e]))]),
  );
}

export interface RegistryFiles {
  registry: string;
  redirects: string;
}
const DEFAULT_FILES: RegistryFiles = { registry: `content/${REGISTRY_FILE}`, redirects: `content/${REDIRECTS_FILE}` };

/** What the current model publishes, in the registry's shape. */
export function publishedBy(docs: readonly DocumentModel[]): Registry {
  return Object.fromEntries(
    docs.map((doc) => [doc.meta.slug, Object.fromEntries(identitiesOf(doc).map((u) => [u.id, { path: u.path, place: u.place, text: u.text }]))]),
  );
}

/** Fails on the first published unit that vanished with no redirect, or a redirect to nowhere. */
export function checkRegistry(
  registry: Registry,
  current: Registry,
  redirects: Redirects,
  lineOf: (file: string, needle: string) => number | undefined,
  files: RegistryFiles = DEFAULT_FILES,
): void {
  const exists = (key: string): boolean => {
    const unit = parseUnitKey(key);
    return Boolean(unit && current[unit.slug]?.[unit.id]);
  };
  for (const [from, to] of Object.entries(redirects)) {
    if (exists(from)) {
      throw new ContentError({ file: files.redirects, line: lineOf(files.redirects, `"${from}"`), problem: `重定向的来源 ${from} 仍然存在于文档中`, fix: '删除这条重定向：现有条目不能被重定向' });
    }
    if (!exists(to)) {
      throw new ContentError({ file: files.redirects, line: lineOf(files.redirects, `"${from}"`), problem: `重定向 ${from} → ${to} 的目标不存在`, fix: '把目标改为现有条目的“文档标识#编号”，如 jiceng-zuzhi-jianshe#1-6' });
    }
  }
  for (const [slug, units] of Object.entries(registry)) {
    for (const [id, { path }] of Object.entries(units)) {
      const key = unitKey(slug, id);
      if (exists(key) || redirects[key]) continue;
      throw new ContentError({
        file: files.registry,
        line: lineOf(files.registry, `"${path}"`),
        problem: `已发布的链接 ${key}（${path}）在本次构建中消失了，已印发的通知里的链接会失效`,
        fix: `恢复该条目；若确是调整了编号，在 ${files.redirects} 中加入 "${key}": "<新位置，如 ${slug}#1-1>"`,
      });
    }
  }
}

/** The registry with the current model's new units added; nothing is ever removed or overwritten. */
export function mergeRegistry(registry: Registry, current: Registry): Registry {
  const merged: Registry = structuredClone(registry);
  for (const [slug, units] of Object.entries(current)) {
    merged[slug] = { ...units, ...merged[slug] };
  }
  return merged;
}

/** Units the model publishes that the registry does not list yet. */
export function unregistered(registry: Registry, current: Registry): string[] {
  return Object.entries(current).flatMap(([slug, units]) => Object.keys(units).filter((id) => !registry[slug]?.[id]).map((id) => unitKey(slug, id)));
}
