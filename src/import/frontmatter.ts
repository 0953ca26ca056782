/**
 * The proposed frontmatter, in the README's format, each value with a YAML
 * comment saying where it came from; what was not found is an explicit
 * `null` with a comment saying what to do. The maintainer reviews it; the
 * build checks it.
 *
 *   issued: "2017-02-20" # 取自落款“二〇一七年二月二十日”
 *   docNumber: null # 未找到文号……
 */
import { stringify } from 'yaml';

export interface Proposal {
  slug: string;
  slugFrom: string;
  title: string | null;
  titleFrom: string;
  docNumber: string | null;
  issuer: string | null;
  issuerFrom: string;
  issued: string | null;
  issuedFrom: string;
  /** The original kept under content/sources/, with the name it came with. */
  source: { path: string; originalName: string };
  webCopy?: { postedAt?: string | undefined; disclaimer?: string | undefined; previous?: string | undefined; next?: string | undefined };
}

/** YAML 1.1 quoting, because Astro reads frontmatter as YAML 1.1: an unquoted 2017-02-20 would become a Date there. */
function scalar(value: string | null): string {
  return value === null ? 'null' : stringify(value, { version: '1.1', lineWidth: 0 }).trimEnd();
}

function line(key: string, value: string | null, comment: string, indent = ''): string {
  return `${indent}${key}: ${scalar(value)} # ${comment}`;
}

export function proposalYaml(p: Proposal): string {
  const out = [
    line('slug', p.slug, `${p.slugFrom}；网址中的标识，发布后不要再改`),
    line('title', p.title, p.title === null ? '未找到标题：照原件填写' : `取自${p.titleFrom}`),
    line('docNumber', p.docNumber, p.docNumber === null ? '未找到文号（如 教党〔2016〕15号）：原件有文号时照写，没有就保留 null' : '取自文件开头的文号'),
    line('issuer', p.issuer, p.issuer === null ? '必填：落款中未找到发文机关，照原件填写；不能确定时在 issuerBasis 中说明依据' : p.issuerFrom),
    line('issued', p.issued, p.issued === null ? '落款中未找到成文日期：原件载明时写 "YYYY-MM-DD"（加引号）；不知道就保留 null，并可在 issuedInference 中写明推断及依据' : p.issuedFrom),
  ];
  if (p.webCopy) {
    out.push('webCopy:');
    out.push(line('postedAt', p.webCopy.postedAt ?? null, p.webCopy.postedAt ? '网页上的发布时间，不是成文日期' : '必填：网页上未找到发布时间，照网页填写（如 "2022-06-21"）', '  '));
    out.push(line('source', p.source.path, `网页“${p.source.originalName}”的原样副本`, '  '));
    if (p.webCopy.disclaimer) out.push(line('disclaimer', p.webCopy.disclaimer, '网站的导语，不是正文', '  '));
    if (p.webCopy.previous || p.webCopy.next) {
      out.push('  siblings:');
      if (p.webCopy.previous) out.push(line('previous', p.webCopy.previous, '网页的“上一篇”', '    '));
      if (p.webCopy.next) out.push(line('next', p.webCopy.next, '网页的“下一篇”', '    '));
    }
  } else {
    out.push(line('source', p.source.path, `原件“${p.source.originalName}”的原样副本`));
  }
  return `---\n${out.join('\n')}\n---\n`;
}
