/**
 * Astro integration: after the build, index the search records with
 * Pagefind's Node API and write the bundle to `<dist>/pagefind/`. The records
 * file is a build artefact and is removed once indexed. Pagefind's `errors`
 * are checked at every step: a failed index fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recordHtml } from '../search/record-html.ts';
import type { SearchRecord } from '../search/records.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'yaodian:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = `${out}/search/records.json`;
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        check('createIndex', errors);
        if (!index) throw new Error('Pagefind returned no index');
        for (const record of records) {
          const added = await index.addHTMLFile({ url: record.indexUrl, content: recordHtml(record) });
          check(`indexing ${record.key}`, added.errors);
        }
        const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
        check('writeFiles', written.errors);
        await pagefind.close();
        // The search runs through pagefind.js and its worker; Pagefind's own UIs are not used, so they are not shipped.
        for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
          await rm(`${out}/pagefind/${unused}`, { force: true });
        }
        await rm(recordsFile);
        logger.info(`indexed ${records.length} records into ${out}/pagefind`);
      },
    },
  };
}
