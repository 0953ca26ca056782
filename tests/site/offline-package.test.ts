/** The offline package's pages are complete: no placeholder left in any of them, and they say where their links point. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from './site-files.ts';
import { PACKAGE_FILE, PACKAGE_FOLDER } from '../../src/offline/package-files.ts';
import { ui } from '../../src/i18n/zh-CN.ts';

const PLACEHOLDER = /%%[A-Z_]+%%/;
const pages = Object.entries(unzipSync(readFileSync(join(DIST, PACKAGE_FILE))))
  .filter(([name]) => name.endsWith('.html'))
  .map(([name, data]) => ({ name: name.slice(PACKAGE_FOLDER.length + 1), html: new TextDecoder().decode(data) }));

describe('the offline package', () => {
  it('has no placeholder left on any packaged page', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter((p) => PLACEHOLDER.test(p.html)).map((p) => `${p.name}: ${p.html.match(PLACEHOLDER)?.[0]}`)).toEqual([]);
  });

  it('has none on the site’s own download page either', () => {
    expect(readPage('download/index.html')).not.toMatch(PLACEHOLDER);
  });

  it('its download page says it is the package and when it was made, without the zip’s size', () => {
    const download = pages.find((p) => p.name === 'download/index.html')?.html ?? '';
    expect(download).toContain(ui.packageInUse);
    expect(download).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(download).not.toContain(ui.downloadSize);
  });

  it('every packaged page says where its handed-out links point', () => {
    const site = readPage('download/index.html').includes('rel="canonical"');
    const expected = site ? '这里复制的链接、引文和二维码指向网站' : ui.packageLinksLocal;
    expect(pages.filter((p) => !p.html.includes(expected)).map((p) => p.name)).toEqual([]);
  });
});
