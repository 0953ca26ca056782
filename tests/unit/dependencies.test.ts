/**
 * The architecture, enforced: no import cycles anywhere in src/ (type-only
 * imports count: a cycle of types is still two modules that cannot be
 * understood apart), and the model stays pure — it imports nothing from the
 * body parser, the layers that view it, Astro or the DOM, and takes only
 * types (the frontmatter's fields) from the schemas. Checked with
 * dependency-cruiser over the real import graph.
 */
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

  it('has no cycles and keeps the model pure', async () => {
    const result = await graph();
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
  });
});
