/** A throwaway copy of the project's content for import tests: documents, terms, registry, sources. */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function contentCopy(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'yaodian-import-')), 'content');
  cpSync('content', root, { recursive: true });
  return root;
}

/** Every file under a folder, as relative paths: to see that nothing was written. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
