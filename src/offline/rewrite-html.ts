/**
 * A built page as the offline package serves it from disk: site links made
 * relative with `index.html`, module scripts replaced by one classic script
 * (browsers refuse modules from `file://`), the packaged search loaded first,
 * and what needs a server (manifest, the package's own download link) left
 * out. Works on the hast tree; the text is not touched.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { packageUrl, rootFrom } from './relative-urls.ts';

export interface RewriteResult {
  html: string;
  /** The module scripts (site paths) this page loads, to bundle as one classic script. */
  modules: string[];
}

const URL_ATTRIBUTES = ['href', 'src'] as const;

/** Rewrites one page; `classicScript` names the bundle for its module scripts (package path). */
export function rewriteForPackage(html: string, file: string, base: string, classicScript: (modules: string[]) => string): RewriteResult {
  const tree: Root = fromHtml(html);
  const root = rootFrom(file);
  const modules: string[] = [];
  let head: Element | undefined;
  let body: Element | undefined;

  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'head') head = node;
    if (node.tagName === 'body') body = node;
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
      parent?.children.splice(index ?? 0, 1, h('span', '（你正在使用的就是离线包）'));
      return [SKIP, (index ?? 0) + 1];
    }
    for (const name of URL_ATTRIBUTES) {
      const value = props[name];
      if (typeof value === 'string') props[name] = packageUrl(file, value, base) ?? value;
    }
    if (typeof props.dataBase === 'string') props.dataBase = root;
    for (const key of ['dataLexicon', 'dataFacets'] as const) {
      const value = props[key];
      if (typeof value === 'string') props[key] = packageUrl(file, value, base) ?? value;
    }
    if (node.tagName === 'meta' && props.httpEquiv?.toString().toLowerCase() === 'refresh' && typeof props.content === 'string') {
      props.content = props.content.replace(/url=(.*)$/, (_, url: string) => `url=${packageUrl(file, url, base) ?? url}`);
    }
    return undefined;
  });

  if (head) head.children.push(h('script', { src: `${root}offline/search.js`, defer: true }));
  if (modules.length > 0) (body ?? head)?.children.push(h('script', { src: root + classicScript(modules), defer: true }));
  return { html: `<!doctype html>${toHtml(tree)}`, modules };
}
