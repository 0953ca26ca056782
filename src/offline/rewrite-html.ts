/**
 * A built page as the offline package serves it from disk: site links made
 * relative with `index.html`, module scripts replaced by one classic script
 * (browsers refuse modules from `file://`), the packaged search loaded first,
 * and what needs a server (manifest, the package's own download link and its
 * size, marked `data-online-only`) left out; the requirements' records, which
 * /requirements/ of many documents fetches, come from a classic script instead. The links the page hands out
 * (`data-url`, `data-public-url`, `data-qr`) become relative too when the build
 * had no SITE_URL, so they open the unpacked copy; each page then says so in its
 * footer. Works on the hast tree; the text is not touched.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { packageUrl, rootFrom } from './relative-urls.ts';
import { ui } from '../i18n/zh-CN.ts';

export interface RewriteResult {
  html: string;
  /** The module scripts (site paths) this page loads, to bundle as one classic script. */
  modules: string[];
}

const URL_ATTRIBUTES = ['href', 'src'] as const;
/** The offline package's copy of search/requirements.json, as a classic script that sets `window.__YAODIAN_REQUIREMENTS__`. */
export const PACKAGED_RECORDS = 'offline/requirements.js';
/** The links a page hands out (see src/scripts/public-url.ts): paths unless the build knew SITE_URL. */
const HANDED_OUT = ['dataUrl', 'dataPublicUrl', 'dataQr'] as const;

export interface PackageOptions {
  /** The public address the build was given (SITE_URL), if any: handed-out links then keep pointing there. */
  site?: URL | undefined;
}

/** Rewrites one page; `classicScript` names the bundle for its module scripts (package path). */
export function rewriteForPackage(html: string, file: string, base: string, classicScript: (modules: string[]) => string, options: PackageOptions = {}): RewriteResult {
  const tree: Root = fromHtml(html);
  const root = rootFrom(file);
  const modules: string[] = [];
  let head: Element | undefined;
  let body: Element | undefined;
  let footer: Element | undefined;

  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'head') head = node;
    if (node.tagName === 'body') body = node;
    if (node.tagName === 'footer' && footer === undefined) footer = node;
    const props = node.properties;
    if (node.tagName === 'script' && props.type === 'module' && typeof props.src === 'string') {
      modules.push(props.src);
      parent?.children.splice(index ?? 0, 1);
      return [SKIP, index ?? 0];
    }
    if (node.tagName === 'link' && Array.isArray(props.rel) && props.rel.includes('manifest')) {
      parent?.children.splice(index ?? 0, 1);
      return [SKIP, index ?? 0];
    }
    if ('dataPackageLink' in props) {
      parent?.children.splice(index ?? 0, 1, h('span', ui.packageInUse));
      return [SKIP, (index ?? 0) + 1];
    }
    if ('dataOnlineOnly' in props) {
      parent?.children.splice(index ?? 0, 1);
      return [SKIP, index ?? 0];
    }
    for (const name of HANDED_OUT) {
      const value = props[name];
      if (typeof value === 'string') props[name] = packageUrl(file, value, base) ?? value;
    }
    for (const name of URL_ATTRIBUTES) {
      const value = props[name];
      if (typeof value === 'string') props[name] = packageUrl(file, value, base) ?? value;
    }
    if (typeof props.dataBase === 'string') props.dataBase = root;
    // The requirements' records as a classic script (a page from disk may not fetch files): see offline-package.ts.
    if (typeof props.dataRecords === 'string') props.dataRecords = `${root}${PACKAGED_RECORDS}`;
    for (const key of ['dataLexicon', 'dataFacets'] as const) {
      const value = props[key];
      if (typeof value === 'string') props[key] = packageUrl(file, value, base) ?? value;
    }
    if (node.tagName === 'meta' && props.httpEquiv?.toString().toLowerCase() === 'refresh' && typeof props.content === 'string') {
      props.content = props.content.replace(/url=(.*)$/, (_, url: string) => `url=${packageUrl(file, url, base) ?? url}`);
    }
    return undefined;
  });

  footer?.children.push(h('p', { className: 'package-note' }, options.site ? ui.packageLinksSite(options.site.origin) : ui.packageLinksLocal));
  if (head) head.children.push(h('script', { src: `${root}offline/search.js`, defer: true }));
  if (modules.length > 0) (body ?? head)?.children.push(h('script', { src: root + classicScript(modules), defer: true }));
  return { html: `<!doctype html>${toHtml(tree)}`, modules };
}
