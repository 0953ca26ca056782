/**
 * Published links never break. The registry (`content/registry/published.json`)
 * lists every unit ID ever published, per document, with its URL; a build whose
 * model lacks one fails unless `content/registry/redirects.json` sends it on.
 *
 *   published { doc: { '1-11': '/doc/1-11/' } }, model without 1-11, no redirect
 *   → ContentError 'content/registry/published.json:5: 已发布的链接 doc#1-11 … 消失'
 *   redirects { 'doc#1-11': 'doc#1-10' } → passes; /doc/1-11/ becomes a redirect page
 */
import { ContentError } from './errors.ts';
import { canonicalUnitPath, parseUnitKey, unitKey } from './ids.ts';

export { unitKey };
import type { DocumentModel } from './types.ts';
import { allUnits } from './walk.ts';

/** Per document slug: unit ID → its canonical path below the site's base. */
export type Registry = Record<string, Record<string, string>>;
/** `slug#id` of a retired unit → `slug#id` of where it now lives. */
export type Redirects = Record<string, string>;

/** The registry files, relative to the content root. */
export const REGISTRY_FILE = 'registry/published.json';
export const REDIRECTS_FILE = 'registry/redirects.json';

export interface RegistryFiles {
  registry: string;
  redirects: string;
}
const DEFAULT_FILES: RegistryFiles = { registry: `content/${REGISTRY_FILE}`, redirects: `content/${REDIRECTS_FILE}` };

/** What the current model publishes, in the registry's shape. */
export function publishedBy(docs: readonly DocumentModel[]): Registry {
  return Object.fromEntries(
    docs.map((doc) => [doc.meta.slug, Object.fromEntries(allUnits(doc).map((u) => [u.id, canonicalUnitPath('/', doc.meta.slug, u.id, doc.pageLevel)]))]),
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
    for (const [id, url] of Object.entries(units)) {
      const key = unitKey(slug, id);
      if (exists(key) || redirects[key]) continue;
      throw new ContentError({
        file: files.registry,
        line: lineOf(files.registry, `"${id}": "${url}"`),
        problem: `已发布的链接 ${key}（${url}）在本次构建中消失了，已印发的通知里的链接会失效`,
        fix: `恢复该条目；若确是调整了编号，在 ${files.redirects} 中加入 "${key}": "<新位置，如 ${slug}#1-1>"`,
      });
    }
  }
}

/** The registry with the current model's new units added; nothing is ever removed. */
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
