/**
 * Astro integration: the offline package. After the build (and the search
 * index), it makes a zip of the same built pages, rewritten to work when
 * opened from disk with no server: relative `index.html` links, classic
 * scripts instead of modules, and the search bundle inside a classic script
 * served to Pagefind by a small fetch shim (Pagefind on the main thread).
 * It writes `download/gongzuo-yaodian-offline.zip` and fills in the size and
 * date on the download page. No second copy of the content: every file comes
 * from this build's output.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGED_RECORDS, rewriteForPackage } from '../offline/rewrite-html.ts';
import { fnv1a } from '../model/hash.ts';
import { baseDir, SITE_PAGES } from '../model/ids.ts';
import { PACKAGE_FILE, PACKAGE_FOLDER, PLACEHOLDERS } from '../offline/package-files.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1).replaceAll('\\', '/'));
}

async function bundle(options: Parameters<typeof build>[0]): Promise<string> {
  const result = await build({ bundle: true, format: 'iife', write: false, minify: true, target: 'es2022', logLevel: 'silent', ...options });
  return result.outputFiles?.[0]?.text ?? '';
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export default function offlinePackage(): AstroIntegration {
  let base = '/';
  let root = '';
  let site: URL | undefined;
  return {
    name: 'yaodian:offline-package',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseDir(config.base);
        root = fileURLToPath(config.root);
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = new Date();
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const files = (await filesUnder(out)).filter((f) => !f.startsWith('download/') || f.endsWith('.html'));
        const zip: Zippable = {};
        const add = (path: string, data: Uint8Array | string) => {
          zip[`${PACKAGE_FOLDER}/${path}`] = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        };
        const scripts = new Map<string, string[]>();

        for (const file of files) {
          if (file.endsWith('.html')) {
            const { html } = rewriteForPackage(await readFile(join(out, file), 'utf8'), file, base, (modules) => {
              const name = `offline/page-${fnv1a([...modules].sort().join('|'))}.js`;
              scripts.set(name, modules);
              return name;
            }, { site });
            add(file, html);
          } else if (file === SITE_PAGES.requirementRecords) {
            // /requirements/ of many documents fetches these records; from disk it loads them as a classic script.
            add(PACKAGED_RECORDS, `window.__YAODIAN_REQUIREMENTS__=${await readFile(join(out, file), 'utf8')};\n`);
          } else if (!(file.startsWith('_astro/') && file.endsWith('.js')) && file !== 'sw.js') {
            // Module chunks are replaced by the classic bundles below; everything else goes in as built.
            add(file, await readFile(join(out, file)));
          }
        }

        for (const [name, modules] of scripts) {
          const contents = modules.map((m) => `import ${JSON.stringify(join(out, m.slice(base.length)))};`).join('\n');
          add(name, await bundle({ stdin: { contents, resolveDir: out, loader: 'js' } }));
        }

        // The search bundle as data, Pagefind as a classic script, and the shim that serves the data to fetch().
        const searchFiles: Record<string, string> = {};
        for (const file of files.filter((f) => (f.startsWith('pagefind/') && !/pagefind(-worker)?\.js$/.test(f)) || f === 'search/lexicon.json' || f === 'search/facets.json')) {
          searchFiles[file] = (await readFile(join(out, file))).toString('base64');
        }
        const pagefind = await bundle({ entryPoints: [join(out, 'pagefind/pagefind.js')], globalName: 'yaodianPagefind' });
        const shim = await bundle({ entryPoints: [join(root, 'src/offline/package-entry.ts')] });
        add('offline/search.js', `window.__YAODIAN_FILES__=${JSON.stringify(searchFiles)};\n${pagefind}\n${shim}`);

        // The package's own copy of the download page keeps only the date (its size rows are data-online-only).
        const date = built.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });
        const packagedPage = `${PACKAGE_FOLDER}/download/index.html`;
        const packaged = zip[packagedPage];
        if (packaged instanceof Uint8Array) zip[packagedPage] = new TextEncoder().encode(new TextDecoder().decode(packaged).replaceAll(PLACEHOLDERS.date, date));
        const archive = zipSync(zip, { level: 9, mtime: built });
        await mkdir(join(out, 'download'), { recursive: true });
        await writeFile(join(out, PACKAGE_FILE), archive);

        const page = join(out, 'download/index.html');
        const html = (await readFile(page, 'utf8'))
          .replaceAll(PLACEHOLDERS.size, formatSize(archive.byteLength))
          .replaceAll(PLACEHOLDERS.date, date)
          .replaceAll(PLACEHOLDERS.files, String(Object.keys(zip).length));
        await writeFile(page, html);
        logger.info(`offline package: ${Object.keys(zip).length} files, ${formatSize(archive.byteLength)} → ${PACKAGE_FILE}`);
      },
    },
  };
}
