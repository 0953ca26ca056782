/**
 * Builds the site from another content root into a temporary folder, the way
 * `npm run build` does, and reports what happened. For tests and benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SiteBuild {
  ok: boolean;
  /** The copy of the content root that was built (builds may write to its registry). */
  contentRoot: string;
  outDir: string;
  output: string;
  ms: number;
}

export function buildSite(contentRoot: string, options: { base?: string; env?: Record<string, string> } = {}): SiteBuild {
  const work = mkdtempSync(join(tmpdir(), 'yaodian-build-'));
  // The output stays inside the project: for an outDir outside it, Astro puts its prerender
  // chunks in a fixed folder of the project (.astro/), and two builds at once overwrite each other's.
  const builds = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(builds, { recursive: true });
  const outDir = join(mkdtempSync(join(builds, 'yaodian-build-')), 'dist');
  // Build a copy: a build registers new IDs in its content's registry, and fixtures must stay as committed.
  const content = contentRoot === 'content' ? contentRoot : join(work, 'content');
  if (content !== contentRoot) cpSync(contentRoot, content, { recursive: true });
  const started = performance.now();
  // Astro runs on the Node running this (Node 24 from the node package), not whatever `node` PATH finds first.
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      CI: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_ROOT: content,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: options.base ?? '/',
      ...options.env,
    },
  });
  return { ok: result.status === 0, contentRoot: content, outDir, output: `${result.stdout}\n${result.stderr}`, ms: performance.now() - started };
}

/**
 * The environment less what Vitest puts in it (BASE_URL, MODE, NODE_ENV=test…):
 * Vite would read those back as `import.meta.env` and build a different site.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  return env;
}
