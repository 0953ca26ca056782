/**
 * A saved web page to the article it carries, without the site's chrome:
 * navigation, header, footer, side bars, scripts and styles go; the content
 * block is the element holding the most paragraph text that is not link text
 * (the text-density idea behind Readability). The site's own lines (`时间:`,
 * `导语:`, `上一篇`/`下一篇`) are read as facts about the web copy.
 *
 *   <nav>首页 …</nav><h1>标题</h1><div class="info">时间:2022-06-21</div>
 *   <div class="content"><p>一、……</p><p>（一）……</p></div><footer>…</footer>
 *   → title '标题', paragraphs ['一、……', '（一）……'], webCopy { postedAt: '2022-06-21' }
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodeText } from './decode.ts';
import { ImportError } from './errors.ts';
import { trimLine } from './lines.ts';
import type { SourceDocument } from './source.ts';
import { isSiteLine, readWebCopyFacts } from './web-copy.ts';

const DROPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'template', 'svg', 'button', 'select', 'input', 'textarea', 'head']);
const CHROME = /(?:^|[-_\s])(?:nav|navbar|menu|header|footer|sidebar|side|breadcrumbs?|crumbs?|share|comments?|copyright|toolbar|ads?|banner|related|pagination|pager|search|login|logo)(?:$|[-_\s])/iu;
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'article', 'section', 'main', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'center', 'body']);

type Parent = Root | Element;

function isChrome(el: Element): boolean {
  if (DROPPED.has(el.tagName)) return true;
  const { className, id } = el.properties;
  const names = [Array.isArray(className) ? className.join(' ') : String(className ?? ''), String(id ?? '')].join(' ');
  return CHROME.test(names) || el.properties.role === 'navigation' || el.properties.hidden !== undefined;
}

/** The text of a node as lines: blocks and <br> break lines. */
function lines(node: Parent): string[] {
  const out: string[] = [''];
  const walk = (children: Array<RootContent | ElementContent>): void => {
    for (const child of children) {
      if (child.type === 'text') out[out.length - 1] += child.value;
      if (child.type !== 'element' || isChrome(child)) continue;
      if (child.tagName === 'br') out.push('');
      else if (BLOCKS.has(child.tagName)) {
        out.push('');
        walk(child.children);
        out.push('');
      } else walk(child.children);
    }
  };
  walk(node.children);
  return out.map((l) => trimLine(l.replace(/[ \t\r\n]+/gu, ' '))).filter((l) => l !== '');
}

/** Text directly in an element (not in child blocks or links): how much article text it holds itself. */
function ownText(el: Element): number {
  let n = 0;
  for (const child of el.children) {
    if (child.type === 'text') n += child.value.trim().length;
    else if (child.type === 'element' && !isChrome(child) && !BLOCKS.has(child.tagName) && child.tagName !== 'a') n += ownText(child);
  }
  return n;
}

/** The element whose paragraphs hold the most text: each text block scores its parent fully and its grandparent half. */
function contentBlock(root: Root): Parent {
  const scores = new Map<Parent, number>();
  const visit = (node: Parent, ancestors: Parent[]): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || isChrome(child)) continue;
      const own = ownText(child);
      if (own >= 10) {
        const parent = BLOCKS.has(child.tagName) && child.tagName !== 'div' ? node : child;
        const grand = parent === node ? ancestors.at(-1) : node;
        scores.set(parent, (scores.get(parent) ?? 0) + own);
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + own / 2);
      }
      visit(child, [...ancestors, node]);
    }
  };
  visit(root, []);
  let best: Parent = root;
  let bestScore = 0;
  for (const [node, score] of scores) if (score > bestScore) [best, bestScore] = [node, score];
  return best;
}

/** Elements named `tag`, in document order; with `skipChrome`, none inside navigation, header or footer. */
function findAll(node: Parent, tag: string, skipChrome = false): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element' || (skipChrome && isChrome(child) && child.tagName !== 'head')) continue;
    if (child.tagName === tag) found.push(child);
    found.push(...findAll(child, tag, skipChrome));
  }
  return found;
}

/**
 * The article's title: the heading that the page's <title> begins with (a site's
 * logo is often an <h1> too), else the first heading outside the chrome, else
 * the <title> without the site's name (`标题_站点名`, `标题 - 站点名`).
 */
function pageTitle(root: Root): string | undefined {
  const title = findAll(root, 'title').map((el) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim())[0] ?? '';
  const headings = [...findAll(root, 'h1', true), ...findAll(root, 'h2', true)].map((el) => lines(el).join('')).filter((t) => t.length >= 4);
  return headings.find((h) => title.startsWith(h)) ?? headings[0] ?? (title ? title.split(/\s*[_|]\s*|\s+-\s+/u)[0] : undefined);
}

export function readHtml(bytes: Uint8Array): SourceDocument {
  const { text } = decodeText(bytes);
  if (trimLine(text) === '') throw new ImportError('文件是空的（没有任何文字）', '确认选对了文件；网页请在浏览器中用“另存为 → 网页，全部”或“仅 HTML”保存');
  const root = fromHtml(text);
  const title = pageTitle(root);
  const block = contentBlock(root);
  const facts = readWebCopyFacts(lines(root));
  const body = lines(block).filter((l) => !isSiteLine(l));
  if (body.length === 0 || (body.length === 1 && body[0] === title)) {
    const images = findAll(root, 'img').length;
    if (images > 0) throw new ImportError(`网页里的正文只有图片（${images} 张），没有文字`, '图片中的文字需要先识别（OCR）成文字并核对，再以 .txt 或 .docx 导入；或向发文单位索取文字版');
    throw new ImportError('网页里找不到正文文字', '在浏览器中打开该网页，确认正文能显示，再用“另存为”保存完整网页后导入');
  }
  const paragraphs = body.map((t) => ({ text: t }));
  return { kind: 'html', paragraphs, ...(title ? { title } : {}), webCopy: facts ?? {}, notices: [] };
}
