/** The built site on disk (`dist/`), for checks that read every page. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

export function builtPages(dir = DIST): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run npm run build first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
}

export function readPage(file: string, dir = DIST): string {
  return readFileSync(join(dir, file), 'utf8');
}
