/**
 * The architecture, enforced: no import cycles anywhere in src/ (type-only
 * imports count: a cycle of types is still two modules that cannot be
 * understood apart), and the model stays pure — it imports nothing from the
 * body parser, the layers that view it, Astro or the DOM, and takes only
 * types (the frontmatter's fields) from the schemas. The page data functions
 * (src/views/pages/) are pure too: they take the corpus as an argument and
 * never render, and nothing imports a page. Checked with dependency-cruiser
 * over the real import graph; .astro pages, which it cannot read, by their
 * import lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from 'dependency-cruiser';

const RULES: IFlattenedRuleSet = {
  forbidden: [
    { name: 'no-cycle', severity: 'error', comment: '两个模块互相依赖（含仅类型的导入）', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'model-is-pure',
      severity: 'error',
      comment: 'src/model/ 只能依赖自身和通用库：不依赖正文解析、渲染、视图、搜索、页面、脚本、数据读取、界面文字，也不依赖 Astro',
      from: { path: '^src/model/' },
      to: { path: '^src/(?!model/|schemas/)|^node_modules/(astro|@astrojs)/|^astro:' },
    },
    {
      name: 'model-reads-schemas-as-types-only',
      severity: 'error',
      comment: 'src/model/ 只从 schemas/ 取类型（frontmatter 的字段），不在运行时依赖 zod 模式',
      from: { path: '^src/model/' },
      to: { path: '^src/schemas/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'model-has-no-dom',
      severity: 'error',
      comment: 'src/model/ 在构建时运行，不得使用浏览器的库',
      from: { path: '^src/model/' },
      to: { path: '^node_modules/(hastscript|hast-util-to-html|qrcode|workbox-window)/' },
    },
    {
      name: 'views-do-not-render',
      severity: 'error',
      comment: 'src/views/ 把模型变成页面要显示的数据：不依赖页面、组件、布局、浏览器脚本、构建步骤，也不依赖 Astro',
      from: { path: '^src/views/' },
      to: { path: '^src/(pages|components|layouts|scripts|integrations)/|^node_modules/(astro|@astrojs)/|^astro:' },
    },
    {
      name: 'views-take-the-corpus',
      severity: 'error',
      comment: 'src/views/ 的函数以参数接收语料（只用 Corpus 类型），自己不读取内容',
      from: { path: '^src/views/' },
      to: { path: '^src/data/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'pages-are-leaves',
      severity: 'error',
      comment: '页面只被 Astro 调用，不被其他模块导入',
      from: { path: '^src/', pathNot: '^src/pages/' },
      to: { path: '^src/pages/' },
    },
  ],
};

async function graph(): Promise<ICruiseResult> {
  const { output } = await cruise(['src'], {
    validate: true,
    ruleSet: RULES,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.astro$|\\.mdx$' },
  });
  return output as ICruiseResult;
}

describe('the import graph of src/', () => {
  it('reads the modules (the check cannot pass by reading nothing)', async () => {
    const result = await graph();
    const modules = result.modules.map((m) => m.source);
    expect(modules.filter((m) => m.startsWith('src/model/')).length).toBeGreaterThan(15);
    expect(modules).toContain('src/model/types.ts');
    expect(result.modules.find((m) => m.source === 'src/render/inline.ts')?.dependencies.map((d) => d.resolved)).toContain('src/model/marks.ts');
  });

  it('reads the page data functions and the endpoints under src/pages/', async () => {
    const modules = (await graph()).modules.map((m) => m.source);
    expect(modules).toContain('src/views/pages/clause.ts');
    expect(modules).toContain('src/pages/[doc]/data.json.ts');
  });

  it('has no cycles and keeps the model pure', async () => {
    const result = await graph();
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
  });
});

/** What a page may import: the frame, components, the corpus, its page data function, the words; anything else as a type only. */
const PAGE_IMPORTS = /from '(?:\.\.\/)+(?:layouts\/|components\/|data\/corpus\.ts|views\/pages\/|i18n\/)/;

function astroPages(dir = 'src/pages'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? astroPages(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []));
}

describe('the .astro pages', () => {
  it('are found (the check cannot pass by reading nothing)', () => {
    expect(astroPages()).toContain('src/pages/[doc]/[clause].astro');
  });

  it('import only the frame, components, the corpus, their page data function (src/views/pages/) and the words', () => {
    const strays = astroPages()
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^import /.test(line) && !/^import type /.test(line) && / from '\./.test(line) && !PAGE_IMPORTS.test(line))
          .map((line) => `${file}: ${line}`),
      );
    expect(strays).toEqual([]);
  });
});
