import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/search/excerpt.ts';
import type { LexiconEntry } from '../../src/search/lexicon.ts';
import { normalizeForSearch, normalizeWithMap } from '../../src/search/normalize.ts';
import { pinyinKeys } from '../../src/search/pinyin.ts';
import { bigrams, planQuery, scoreCandidate } from '../../src/search/rank.ts';
import { search, type PagefindApi, type PagefindResult } from '../../src/search/engine.ts';

const entry = (slug: string, term: string, aliases: string[] = []): LexiconEntry => ({
  slug,
  term,
  category: '组织制度',
  spellings: [...new Set([term, ...aliases].map(normalizeForSearch))],
  pinyin: pinyinKeys(term),
  url: `/terms/${slug}/`,
});
const lexicon = [entry('sanzhong-yida', '三重一大'), entry('sanming', '三名工程', ['“三名”工程']), entry('chabaiyi', '查、摆、议', ['查摆议'])];

describe('normalising for search', () => {
  it.each([
    ['深入实施“三名”工程,着力', '深入实施三名工程着力'],
    ['查、摆、议', '查摆议'],
    ['ＳＺＹＤ 90％', 'szyd90%'],
    ['3-5个', '35个'],
    ['<b>x</b>', 'bxb'],
  ])('%j → %j', (input, output) => expect(normalizeForSearch(input)).toBe(output));

  it('maps each normalised character back to the original', () => {
    const { normalized, starts, ends } = normalizeWithMap('“三名”工程');
    expect(normalized).toBe('三名工程');
    expect(starts).toEqual([1, 2, 4, 5]);
    expect(ends).toEqual([2, 3, 5, 6]);
  });
});

describe('reading a query', () => {
  it.each([
    ['szyd', 'sanzhong-yida', true],
    ['sanzhongyida', 'sanzhong-yida', true],
    ['三名工程', 'sanming', true],
    ['查摆议', 'chabaiyi', true],
    ['“查、摆、议”活动', 'chabaiyi', false],
    ['三重一大制度', 'sanzhong-yida', false],
  ])('%j names the term %s (exact: %s)', (q, slug, exact) => {
    expect(planQuery(q, lexicon).terms.map((t) => [t.entry.slug, t.exact])).toEqual([[slug, exact]]);
  });

  it('drops question words but keeps what is asked about', () => {
    const plan = planQuery('党员远程教育每月几次', lexicon);
    expect(plan.words).not.toContain('几次');
    expect(plan.content).toContain('远程');
    expect(plan.content).toContain('每月');
  });

  it('joins the single characters the segmenter split apart, to mark them as one word', () => {
    expect(planQuery('党费怎么收缴', lexicon).joined).toEqual(['党费']);
    expect(planQuery('失联党员怎么排查', lexicon).joined).toEqual(['失联', '排查']);
  });

  it('pairs characters for matching', () => {
    expect(bigrams('党费收缴')).toEqual(['党费', '费收', '收缴']);
    expect(bigrams('党')).toEqual(['党']);
  });
});

describe('scoring candidates', () => {
  const clause = (title: string, text: string, keywords = '') => ({ kind: 'clause', title, text, keywords });
  it('ranks the clause holding the exact term above one with its characters scattered', () => {
    const plan = planQuery('三重一大', lexicon);
    const exact = clause('(三)加强班子建设', '坚持实行主要领导“四个不直接分管”和“三重一大”', '三重一大');
    const scattered = clause('(一)全面落实', '三项重点工作，一个大局，重大问题');
    expect(scoreCandidate(plan, exact)).toBeGreaterThan(2 * scoreCandidate(plan, scattered));
  });

  it('ranks a title match above a passing mention', () => {
    const plan = planQuery('民办幼儿园', lexicon);
    expect(scoreCandidate(plan, clause('(十)抓好民办幼儿园党组织建设工作', '高度重视民办幼儿园党组织'))).toBeGreaterThan(scoreCandidate(plan, clause('(一)其他', '包括民办幼儿园在内')));
  });

  it('gives nothing to a candidate with no evidence', () => {
    expect(scoreCandidate(planQuery('保险', lexicon), clause('(一)甲', '乙丙丁'))).toBe(0);
  });
});

describe('excerpts', () => {
  it('marks the match in the original characters, quotes included', () => {
    expect(excerpt('深入实施“三名”工程,着力加强', ['三名工程'])).toEqual([
      { text: '深入实施“', mark: false },
      { text: '三名”工程', mark: true },
      { text: ',着力加强', mark: false },
    ]);
  });

  it('picks the window where the matches cluster', () => {
    const text = `党员${'甲'.repeat(100)}远程教育每月开展${'乙'.repeat(100)}`;
    const marked = excerpt(text, ['党员', '远程', '教育', '每月'], 20).filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['远程', '教育', '每月']);
  });

  it('cuts a window around the first match in a long text', () => {
    const text = `${'甲'.repeat(100)}党费${'乙'.repeat(100)}`;
    const segments = excerpt(text, ['党费'], 20);
    expect(segments[0]).toEqual({ text: '……', mark: false });
    expect(segments.find((s) => s.mark)?.text).toBe('党费');
    expect(segments.at(-1)).toEqual({ text: '……', mark: false });
  });
});

describe('the search engine over a Pagefind stand-in', () => {
  const record = (id: string, title: string, text: string, keywords = '', kind = 'clause'): PagefindResult => ({
    id,
    score: 1,
    data: async () => ({ url: `/${id}/`, meta: { kind, title, text, keywords, ref: id, citation: `c${id}`, document: 'd' } }),
  });
  const records = [record('1-1', '(一)全面落实', '三项重点，一个大局'), record('1-3', '(三)班子', '坚持“三重一大”“末尾表态制”', '三重一大 末尾表态制'), record('t', '三重一大', '重大决策', '三重一大', 'term')];
  const api: PagefindApi = {
    async search(q) {
      const needle = normalizeForSearch(q.replaceAll('"', ''));
      const hits = records.filter(() => needle.length > 0);
      return { results: q.startsWith('"') ? [hits[1] as PagefindResult, hits[2] as PagefindResult] : hits };
    },
  };

  it('puts the clause with the term first, the term page after it, and drops noise', async () => {
    const { results } = await search(api, lexicon, 'szyd');
    expect(results.map((r) => r.ref)).toEqual(['1-3', 't']);
  });

  it('returns nothing for an empty query', async () => {
    expect((await search(api, lexicon, '  “” ')).results).toEqual([]);
  });
});

describe('the search records of the source document', () => {
  it('give every record its own index URL, since Pagefind keeps one record per URL', async () => {
    const { loadDocumentFile, SOURCE_DOCUMENT } = await import('../support/load-document.ts');
    const { loadTermFiles } = await import('../support/load-terms.ts');
    const { buildGlossary } = await import('../../src/model/glossary.ts');
    const { linkTerms } = await import('../../src/model/term-linker.ts');
    const { searchRecords } = await import('../../src/search/records.ts');
    const doc = loadDocumentFile(SOURCE_DOCUMENT);
    const glossary = buildGlossary(
      loadTermFiles().map(({ file, entry }) => ({ ...entry, file })),
      () => undefined,
    );
    doc.terms = linkTerms(doc, glossary);
    const records = searchRecords([doc], glossary, '/', '提法词表');
    const urls = records.map((r) => r.indexUrl);
    expect(new Set(urls).size).toBe(urls.length);
    // 12 clauses and the three items of (六), each opening its own anchor.
    expect(records.filter((r) => r.kind === 'clause').map((r) => r.unit)).toHaveLength(15);
    expect(records.find((r) => r.unit === '1-6-3' && r.kind === 'clause')?.url).toBe('/jiceng-zuzhi-jianshe/1-6/#1-6-3');
    expect(records.find((r) => r.kind === 'requirement' && r.url === '/jiceng-zuzhi-jianshe/1-6/#1-6-2')?.title).toBe('组织党务干部培训班2期、入党积极分子培训班1期');
  });
});

