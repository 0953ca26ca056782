/**
 * Builds the site from another content root into a temporary folder, the way
 * `npm run build` does, and reports what happened. For tests and benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SiteBuild {
  ok: boolean;
  outDir: string;
  output: string;
  ms: number;
}

export function buildSite(contentRoot: string, options: { base?: string; env?: Record<string, string> } = {}): SiteBuild {
  const work = mkdtempSync(join(tmpdir(), 'yaodian-build-'));
  const outDir = join(work, 'dist');
  const started = performance.now();
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      CI: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_ROOT: contentRoot,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: options.base ?? '/',
      ...options.env,
    },
  });
  return { ok: result.status === 0, outDir, output: `${result.stdout}\n${result.stderr}`, ms: performance.now() - started };
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
