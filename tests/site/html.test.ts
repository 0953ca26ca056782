/** Every page of the built site is valid HTML (html-validate, recommended rules). */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './site-files.ts';

describe('HTML validity', () => {
  it('has zero html-validate errors on every built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = builtPages();
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(`${DIST}/${file}`);
      for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(files.length).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  });
});
