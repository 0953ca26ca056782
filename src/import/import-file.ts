/**
 * One import: read the source file, propose the frontmatter, write
 * `<content>/documents/<slug>.md` and the original's copy under
 * `<content>/sources/`, then check the result. Nothing is written when the
 * source cannot be read or a file would be overwritten without `force`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isDocSlug } from '../model/ids.ts';
import { reservedSlugs } from '../data/reserved-slugs.ts';
import { checkImported } from './content-check.ts';
import { readClosing } from './closing.ts';
import { readDocx } from './docx.ts';
import { ImportError, SUPPORTED } from './errors.ts';
import { proposalYaml, type Proposal } from './frontmatter.ts';
import { readHead } from './head.ts';
import { readHtml } from './html.ts';
import { proposeSlug } from './slug.ts';
import type { SourceDocument } from './source.ts';
import { summarise, termStubs, type Summary, type TermStub } from './summary.ts';
import { readTxt } from './txt.ts';

export interface ImportOptions {
  /** The content root (`content`, or a copy of it). */
  contentRoot: string;
  slug?: string | undefined;
  force?: boolean | undefined;
}

export interface ImportResult {
  documentFile: string;
  sourceFile: string;
  proposal: Proposal;
  body: string[];
  notices: string[];
  problems: string[];
  summary: Summary | null;
  candidates: TermStub[];
}

const READERS: Record<string, (bytes: Uint8Array) => SourceDocument | Promise<SourceDocument>> = { '.docx': readDocx, '.txt': readTxt, '.html': readHtml, '.htm': readHtml };

const WRONG_KIND: Record<string, string> = {
  '.doc': '旧版 Word 97-2003 文档（.doc）不能直接导入：在 Word 或 WPS 中打开，另存为“Word 文档（*.docx）”',
  '.wps': 'WPS 文字文档（.wps）不能直接导入：在 WPS 中打开，另存为“Word 文档（*.docx）”',
  '.pdf': 'PDF 不能直接导入：向发文单位索取 Word 原件，或用 WPS/Word 打开后另存为 .docx，并逐字核对',
  '.mhtml': '单个文件网页（.mhtml）不能直接导入：在浏览器中用“另存为 → 网页，仅 HTML”保存为 .html',
  '.mht': '单个文件网页（.mht）不能直接导入：在浏览器中用“另存为 → 网页，仅 HTML”保存为 .html',
};

export async function readSource(path: string): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  const reader = READERS[ext];
  if (!reader) throw new ImportError(`不支持“${ext || '无扩展名'}”文件（${basename(path)}）`, WRONG_KIND[ext] ?? `能导入的是 ${SUPPORTED}`);
  if (!existsSync(path)) throw new ImportError(`找不到文件 ${path}`, '检查路径和文件名；路径含空格时用引号括起来');
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.length === 0) throw new ImportError(`文件是空的（${basename(path)}，0 字节）`, '确认选对了文件；从邮件或聊天软件保存的文件请重新下载');
  return reader(bytes);
}

/** Slugs already used: file names and `slug:` lines of the documents there. */
function takenSlugs(documentsDir: string): Set<string> {
  const taken = new Set<string>();
  if (!existsSync(documentsDir)) return taken;
  for (const name of readdirSync(documentsDir).filter((n) => /\.mdx?$/u.test(n))) {
    taken.add(name.replace(/\.mdx?$/u, ''));
    const slug = /^slug:\s*['"]?([a-z0-9-]+)/mu.exec(readFileSync(join(documentsDir, name), 'utf8'))?.[1];
    if (slug) taken.add(slug);
  }
  return taken;
}

function chooseSlug(wanted: string | undefined, title: string | null, issuer: string | null, taken: Set<string>, force: boolean): { slug: string; from: string } {
  if (wanted === undefined) return { slug: proposeSlug(title ?? '', issuer, taken), from: '由标题的拼音生成' };
  if (!isDocSlug(wanted)) throw new ImportError(`--slug“${wanted}”不合格式`, '只用小写字母、数字和连字符，如 dangfeng-lianzheng');
  if (reservedSlugs().has(wanted)) throw new ImportError(`--slug“${wanted}”是网站自己的地址，文档不能用`, '另取一个拼音标识，如 dangfeng-lianzheng');
  if (taken.has(wanted) && !force) throw new ImportError(`已有文档使用标识“${wanted}”`, '另取一个 --slug；确要替换该文档时加 --force');
  return { slug: wanted, from: '导入时用 --slug 指定' };
}

export async function importFile(path: string, options: ImportOptions): Promise<ImportResult> {
  const source = await readSource(path);
  const head = readHead(source);
  if (head.body.length === 0) throw new ImportError('文件里只有标题，没有正文', '确认选对了文件');
  const closing = readClosing(head.body);
  const issuer = closing.issuer ?? (head.redHead ? head.redHead.replace(/文件$/u, '') : null);
  const documentsDir = join(options.contentRoot, 'documents');
  const { slug, from } = chooseSlug(options.slug, head.title, issuer, takenSlugs(documentsDir), options.force ?? false);
  const ext = extname(path).toLowerCase();
  const documentFile = join(documentsDir, `${slug}.md`);
  const sourceFile = join(options.contentRoot, 'sources', `${slug}${ext}`);
  for (const target of [documentFile, sourceFile]) {
    if (existsSync(target) && !options.force) throw new ImportError(`${target} 已存在，未作改动`, '换一个 --slug 导入为新文档；确要覆盖时加 --force');
  }
  const proposal: Proposal = {
    slug,
    slugFrom: from,
    title: head.title,
    titleFrom: head.titleFrom,
    docNumber: head.docNumber,
    issuer,
    issuerFrom: closing.issuer ? `取自落款“${closing.issuerLines.join('”“')}”` : `取自版头“${head.redHead ?? ''}”`,
    issued: closing.issued,
    issuedFrom: `取自落款“${closing.dateLine ?? ''}”`,
    // The frontmatter names the copy from the project root, as the schema and the seed do.
    source: { path: `content/sources/${slug}${ext}`, originalName: basename(path) },
    ...(source.webCopy ? { webCopy: source.webCopy } : {}),
  };
  mkdirSync(documentsDir, { recursive: true });
  mkdirSync(join(options.contentRoot, 'sources'), { recursive: true });
  writeFileSync(documentFile, `${proposalYaml(proposal)}${head.body.join('\n')}\n`);
  copyFileSync(path, sourceFile);

  const check = checkImported(options.contentRoot, documentFile);
  const candidates = termStubs(check, head.body, slug);
  const summary = summarise(check);
  return { documentFile, sourceFile, proposal, body: head.body, notices: source.notices, problems: check.problems, summary, candidates };
}
