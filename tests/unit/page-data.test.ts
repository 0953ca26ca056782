/**
 * The page data functions (src/views/pages/): what each page renders, read
 * from the seed document and the real glossary and registry, at the site's
 * root and below a base path. The .astro pages only render these.
 */
import { describe, expect, it } from 'vitest';
import { clausePage, clauseRoutes, type ClauseProps } from '../../src/views/pages/clause.ts';
import { comparePage, compareRoutes } from '../../src/views/pages/compare.ts';
import { documentPage, documentRoutes } from '../../src/views/pages/document.ts';
import { downloadPage } from '../../src/views/pages/download.ts';
import { forwardedPath, retiredAnchors } from '../../src/views/pages/forwarding.ts';
import { homePage } from '../../src/views/pages/home.ts';
import { notFoundPage } from '../../src/views/pages/not-found.ts';
import { referencesPage } from '../../src/views/pages/references.ts';
import { documentRequirementsPage, documentRequirementsRoutes, requirementsPage } from '../../src/views/pages/requirements.ts';
import { glossaryPage, termPage, termRoutes } from '../../src/views/pages/terms.ts';
import type { Corpus } from '../../src/views/pages/page.ts';
import { loadCorpus } from '../support/load-corpus.ts';
import { SOURCE_DOCUMENT } from '../support/load-document.ts';

const corpus = loadCorpus([SOURCE_DOCUMENT]);
const seed = corpus.documents[0]!;
const SLUG = 'jiceng-zuzhi-jianshe';
const root = { base: '/', site: undefined };

function clauseProps(c: Corpus, id: string): Extract<ClauseProps, { kind: 'clause' }> {
  const route = clauseRoutes(c, '/').find((r) => r.params.clause === id);
  if (route?.props.kind !== 'clause') throw new Error(`no clause page ${id}`);
  return route.props;
}

describe('the home page', () => {
  const page = homePage(corpus, '/');

  it('lists the seed in one group with no kind heading, and no filters for a single document', () => {
    expect(page.filters).toBeNull();
    expect(page.groups).toHaveLength(1);
    expect(page.groups[0]?.heading).toBeNull();
    expect(page.cardHeading).toBe('h3');
  });

  it('gives the seed’s card its facts, its twelve clause links and its data file', () => {
    const card = page.groups[0]?.cards[0];
    expect(card).toMatchObject({ title: '教育工委基层组织建设工作要点', href: `/${SLUG}/`, dataHref: `/${SLUG}/data.json`, kind: '工作要点', year: '日期不详' });
    expect(card?.facts).toBe('发文机关：教育工委；成文日期：未知；2 个部分，12 条');
    expect(card?.clauses).toHaveLength(12);
    expect(card?.clauses[5]).toEqual({ href: `/${SLUG}/1-6/`, marker: '(六)', title: '抓好党员教育和管理工作' });
  });

  it('counts what each way in leads to', () => {
    expect(page.ways).toEqual([
      { href: '/terms/', label: '提法词表', note: '共 28 个提法' },
      { href: '/requirements/', label: '工作要求一览', note: '共 20 条要求' },
      { href: '/references/', label: '引用文件', note: '正文引用的 3 份文件' },
      { href: '/download/', label: '离线使用', note: expect.stringContaining('没有网络') },
    ]);
  });

  it('puts every link below the base', () => {
    const below = homePage(corpus, '/yaodian/');
    const hrefs = [...below.ways.map((w) => w.href), ...below.groups.flatMap((g) => g.cards.flatMap((c) => [c.href, c.dataHref, ...c.clauses.map((l) => l.href)]))];
    expect(hrefs.every((h) => h.startsWith('/yaodian/'))).toBe(true);
    expect(below.head.canonical).toBe('/');
  });
});

describe('the document page', () => {
  const page = documentPage(corpus, seed, root);

  it('has one route per document, and none for retired slugs when nothing is retired', () => {
    expect(documentRoutes(corpus, '/').map((r) => r.params)).toEqual([{ doc: SLUG }]);
  });

  it('describes the document by its size and first clauses', () => {
    expect(page.head).toMatchObject({ title: '教育工委基层组织建设工作要点', canonical: `/${SLUG}/`, pageType: 'document', skipTo: 'text' });
    expect(page.head.description).toBe('教育工委基层组织建设工作要点全文，2 个部分，12 条：全面落实管党治党责任；着力加强党的理论武装；加强学校领导班子和干部队伍建设；牢牢掌握意识形态工作领导权和主动权……');
  });

  it('says where the text ends, names the web copy’s neighbours, and has no comparison or old links to follow', () => {
    expect(page.textEnds).toContain('第二部分第（二）条');
    expect(page.siblings).toEqual(['上一篇：教育工委宣传思想工作要点', '下一篇：教师队伍集中培训工作方案']);
    expect(page.compare).toBeNull();
    expect(page.retiredAnchors).toEqual({});
    expect(page.edition).toBeNull();
  });

  it('prints its source as a path without SITE_URL and as an address with it', () => {
    expect(page.print).toEqual({ label: '出处', citation: '《教育工委基层组织建设工作要点》', url: `/${SLUG}/` });
    const site = new URL('https://dj.example.cn');
    expect(documentPage(corpus, seed, { base: '/yaodian/', site }).print.url).toBe(`https://dj.example.cn/yaodian/${SLUG}/`);
  });

  it('forwards a retired document to where its units went, with its old anchors', () => {
    const retired: Corpus = { ...corpus, retiredSlugs: ['old-doc'], redirects: { 'old-doc#1-2': `${SLUG}#1-6-2` } };
    expect(documentRoutes(retired, '/').at(-1)).toEqual({ params: { doc: 'old-doc' }, props: { retired: { to: `/${SLUG}/`, anchors: { '1-2': `/${SLUG}/1-6/#1-6-2` } } } });
  });
});

describe('the clause page', () => {
  const { doc, clause } = clauseProps(corpus, '1-6');
  const page = clausePage(corpus, doc, clause, root);

  it('has a route for each of the twelve clauses', () => {
    expect(clauseRoutes(corpus, '/').map((r) => r.params.clause)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '1-10', '2-1', '2-2']);
  });

  it('titles the page by its place, and keeps its canonical path', () => {
    expect(page.head).toMatchObject({ title: '第一部分(六)抓好党员教育和管理工作｜教育工委基层组织建设工作要点', canonical: `/${SLUG}/1-6/`, pageType: 'clause', skipTo: 'text' });
    expect(page.head.description.startsWith('(六)抓好党员教育和管理工作。')).toBe(true);
    expect(page.head.description).toHaveLength(120);
  });

  it('leads from the home page through the document and the part to the clause', () => {
    expect(page.breadcrumb).toEqual([
      { href: '/', label: '首页' },
      { href: `/${SLUG}/`, label: '教育工委基层组织建设工作要点' },
      { href: `/${SLUG}/#1`, label: '一、突出政治要求,坚持党对教育工作的领导' },
      { href: '#1-6', label: '(六)抓好党员教育和管理工作' },
    ]);
    expect(page.source).toBe('《教育工委基层组织建设工作要点》 第一部分');
    expect(page.fullText).toEqual({ href: `/${SLUG}/#1-6`, label: '在全文中查看' });
  });

  it('carries the clause’s own 校注, and its citation for print and the QR code', () => {
    expect(page.notes.map((n) => [n.number, n.quote])).toEqual([[2, '认真开展“”']]);
    expect(page.printTitle).toEqual({ title: '教育工委基层组织建设工作要点', place: '第一部分第（六）条' });
    expect(page.citation).toEqual({ label: '引用本条', citation: '《教育工委基层组织建设工作要点》第一部分第（六）条', url: `/${SLUG}/1-6/` });
  });

  it('lists the requirements and cited documents within the clause, and no others', () => {
    expect(page.facts.requirements[0]).toEqual({
      href: '#1-6',
      phrase: '定期组织党员教师开展以思想上查认识、政治上查立场、教学上摆问题、行动上议作风为内容的“查、摆、议”活动',
      meta: '读自“定期”；频次：没写具体数字（原文“定期”）；责任主体：原文未明确',
    });
    expect(page.facts.requirements.every((r) => r.href === '#1-6' || r.href.startsWith('#1-6-'))).toBe(true);
    expect(page.facts.references.map((r) => [r.label, r.number])).toEqual([
      ['《关于开展党员组织关系集中排查的通知》', '昌市党组【2016】15号'],
      ['《关于进一步规范党费收缴使用和管理工作的通知》', null],
    ]);
    expect(page.facts.references[0]?.href).toBe('/references/#r-b1cfe3f3');
  });

  it('links the clauses before and after, and says when there is none', () => {
    expect(page.pager.previous).toEqual({ href: `/${SLUG}/1-5/`, marker: '(五)', title: '深入推进服务型党组织创建工作' });
    expect(page.pager.next?.href).toBe(`/${SLUG}/1-7/`);
    const first = clauseProps(corpus, '1-1');
    const last = clauseProps(corpus, '2-2');
    expect(clausePage(corpus, first.doc, first.clause, root).pager.previous).toBeNull();
    expect(clausePage(corpus, last.doc, last.clause, root).pager.next).toBeNull();
  });

  it('gives a retired clause that had its own page a forwarding route to its new place', () => {
    const registry = { ...corpus.registry, [SLUG]: { ...corpus.registry[SLUG], '1-11': { path: `/${SLUG}/1-11/`, place: '第一部分第（十一）条', text: 'sha256:0' } } };
    const retired: Corpus = { ...corpus, registry, redirects: { [`${SLUG}#1-11`]: `${SLUG}#1-10`, [`${SLUG}#1-6-9`]: `${SLUG}#1-6-3` } };
    expect(clauseRoutes(retired, '/').filter((r) => r.props.kind === 'redirect')).toEqual([{ params: { doc: SLUG, clause: '1-11' }, props: { kind: 'redirect', to: `/${SLUG}/1-10/` } }]);
    expect(retiredAnchors(retired, SLUG, '/')).toEqual({ '1-11': `/${SLUG}/1-10/`, '1-6-9': `/${SLUG}/1-6/#1-6-3` });
    expect(forwardedPath(retired, 'not a key', '/')).toBeNull();
  });
});

describe('the comparison page', () => {
  const yearly = loadCorpus(['tests/fixtures/sites/yearly/documents/demo-yaodian-2016.md', 'tests/fixtures/sites/yearly/documents/demo-yaodian-2017.md'], 'tests/fixtures/sites/yearly');

  it('exists only for a document with last year’s in its series', () => {
    expect(compareRoutes(yearly).map((r) => [r.params.doc, r.props.previous.meta.slug])).toEqual([['demo-yaodian-2017', 'demo-yaodian-2016']]);
    expect(compareRoutes(corpus)).toEqual([]);
  });

  it('counts the changes and names the years in the requirement table', () => {
    const route = compareRoutes(yearly)[0]!;
    const page = comparePage(route.props.doc, route.props.previous, '/');
    expect(page.head).toMatchObject({ title: '示例党建工作要点（2017年，测试用）：2017 年与 2016 年对比', canonical: '/demo-yaodian-2017/compare/' });
    expect(page.summary.map((s) => [s.label, s.count])).toEqual([['有改动', '3 条'], ['新增', '1 条'], ['删去', '1 条'], ['未改动', '2 条']]);
    expect(page.requirementColumns).toEqual(['所在条', '类型', '上年（2016）', '本年（2017）']);
    expect(page.requirementChanges[0]).toEqual({ clause: { href: '/demo-yaodian-2017/1-2/', label: '第一部分第（二）条' }, kind: '频次', before: '每月开展2次', after: '每月开展3次' });
    expect(page.breadcrumb.at(-1)).toEqual({ href: './', label: '与 2016 年对比' });
  });

  it('links each clause to where it is now and where it was, with the similarity of a changed one', () => {
    const route = compareRoutes(yearly)[0]!;
    const changed = comparePage(route.props.doc, route.props.previous, '/').clauses.find((c) => c.status === 'changed');
    expect(changed?.now?.href).toMatch(/^\/demo-yaodian-2017\/\d+-\d+\/$/);
    expect(changed?.was?.href).toMatch(/^\/demo-yaodian-2016\/\d+-\d+\/$/);
    expect(changed?.similarity).toMatch(/^（相似度 \d+%）$/);
  });
});

describe('the glossary and term pages', () => {
  it('groups terms by category, in the categories’ order, with counts', () => {
    const page = glossaryPage(corpus, '/');
    expect(page.intro.endsWith('共 28 个提法。')).toBe(true);
    expect(page.categories.flatMap((c) => c.terms)).toHaveLength(28);
    expect(page.categories[0]).toMatchObject({ id: 'category-1', name: '学习教育', label: '学习教育（3）' });
    const undefinedTerm = page.categories.flatMap((c) => c.terms).find((t) => t.href === '/terms/fuwuxing-dangzuzhi/');
    expect(undefinedTerm).toMatchObject({ definition: '原文未释义', undefined: true, occurrences: '出现 2 处' });
  });

  it('has a route for every term', () => {
    expect(termRoutes(corpus)).toHaveLength(28);
  });

  it('shows a term defined by the document with a link to the defining unit and its words', () => {
    const term = corpus.glossary.bySlug.get('sige-zuijia')!;
    const page = termPage(corpus, term, '/');
    expect(page.head).toMatchObject({ title: '四个最佳｜提法词表', canonical: '/terms/sige-zuijia/' });
    expect(page.breadcrumb.map((l) => l.href)).toEqual(['/', '/terms/', '#main']);
    expect(page.meta).toBe('党建品牌与活动');
    expect(page.basis).toEqual({
      kind: 'document',
      lead: '释义依据：本文件原文，见',
      link: { href: `/${SLUG}/#1-7`, label: '《教育工委基层组织建设工作要点》第一部分第（七）条' },
      quote: '：““最佳主题教育活动、最佳组织生活、最佳党日活动、最佳党课”的“四个最佳”要求”',
    });
    expect(page.related).toEqual([
      { href: '/terms/sihao-liangyou/', label: corpus.glossary.bySlug.get('sihao-liangyou')?.term },
      { href: '/terms/yixiao-yipin/', label: corpus.glossary.bySlug.get('yixiao-yipin')?.term },
    ]);
    const [occurrence] = page.occurrences;
    expect(occurrence?.match).toBe('四个最佳');
    expect(occurrence?.href).toMatch(new RegExp(`^/${SLUG}/#1-7`));
  });

  it('says a term the text does not define is undefined, in its description too', () => {
    const page = termPage(corpus, corpus.glossary.bySlug.get('fuwuxing-dangzuzhi')!, '/');
    expect(page.basis).toBeNull();
    expect(page.head.description).toMatch(/：原文未释义。出现 2 处。$/);
    expect(page.occurrencesHeading).toBe('出现 2 处');
  });
});

describe('the references, download and not-found pages', () => {
  it('lists each cited document with its number, or says it has none', () => {
    const page = referencesPage(corpus, '/');
    expect(page.entries.map((e) => [e.heading, e.number])).toEqual([
      ['《关于开展党员组织关系集中排查的通知》', '文号：昌市党组【2016】15号'],
      ['《关于进一步规范党费收缴使用和管理工作的通知》', '文号：原文未注文号'],
      ['《关于进一步加强民族团结教育工作的指导意见》', '文号：原文未注文号'],
    ]);
    expect(page.entries[0]?.citing[0]).toMatchObject({ href: `/${SLUG}/#1-6-1`, place: '《教育工委基层组织建设工作要点》第一部分第（六）条第一项' });
  });

  it('offers the package below the base, and says where its links point', () => {
    const page = downloadPage({ base: '/yaodian/', site: undefined });
    expect(page.package.href).toBe('/yaodian/download/gongzuo-yaodian-offline.zip');
    expect(page.size).toBe('%%PACKAGE_SIZE%%（%%PACKAGE_FILES%% 个文件）');
    expect(page.steps[1]).toContain('gongzuo-yaodian');
    expect(page.note).toContain('没有设置正式网址');
    expect(downloadPage({ base: '/', site: new URL('https://dj.example.cn') }).note).toContain('网站的正式网址');
  });

  it('sends a lost reader to the ways in, below the base, with no canonical', () => {
    const page = notFoundPage('/yaodian/');
    expect(page.ways.map((w) => w.href)).toEqual(['/yaodian/', '/yaodian/terms/', '/yaodian/requirements/', '/yaodian/help/']);
    expect(page.head.canonical).toBeUndefined();
  });
});

describe('the requirements pages', () => {
  it('give one document’s requirements as one table, with no per-document pages', () => {
    const page = requirementsPage(corpus, root);
    expect(page.onePage).toBe(true);
    expect(page.headLinks).toBe(false);
    expect(page.head.canonical).toBe('/requirements/');
    expect(page.records.rows.length).toBeGreaterThan(0);
    expect(page.records.rows.every((r) => r.doc === 0)).toBe(true);
    expect(documentRequirementsRoutes(corpus, '/')).toEqual([]);
  });

  it('give each of two documents its own page, with its rows only and a breadcrumb to it', () => {
    const two = loadCorpus(['tests/fixtures/sites/yearly/documents/demo-yaodian-2016.md', 'tests/fixtures/sites/yearly/documents/demo-yaodian-2017.md'], 'tests/fixtures/sites/yearly');
    const routes = documentRequirementsRoutes(two, '/yaodian/');
    expect(routes.map((r) => r.params.doc)).toEqual(two.documents.map((d) => d.meta.slug));
    const page = documentRequirementsPage(two, { base: '/yaodian/', site: undefined }, 0);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.doc === 0)).toBe(true);
    expect(page.breadcrumb.map((l) => l.href)).toEqual(['/yaodian/', '/yaodian/requirements/', `/yaodian/requirements/${page.doc.slug}/`]);
    expect(page.documentHref).toBe(`/yaodian/${page.doc.slug}/`);
    expect(requirementsPage(two, { base: '/yaodian/', site: undefined }).headLinks).toBe(true);
  });
});
