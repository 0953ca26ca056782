/** Loads and schema-checks `content/terms/*.yaml` without Astro, for unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { termSchema, type TermEntry } from '../../src/schemas/term.ts';

export interface TermFile {
  file: string;
  raw: string;
  entry: TermEntry;
}

export function loadTermFiles(dir = 'content/terms'): TermFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const raw = readFileSync(file, 'utf8');
      const result = termSchema.safeParse(parse(raw));
      if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { file, raw, entry: result.data };
    });
}
