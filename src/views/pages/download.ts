/**
 * `/download/`: how to take the site offline, after one visit or as a package
 * that opens with a double-click. The package's own copy of this page drops
 * what only makes sense online (`data-online-only`: the zip's size and file
 * count) and says it is the package (offline/rewrite-html.ts).
 */
import { ui } from '../../i18n/zh-CN.ts';
import { sitePagePath } from '../../model/ids.ts';
import { PACKAGE_FOLDER, PLACEHOLDERS } from '../../offline/package-files.ts';
import { BELOW_BASE, type Link, type PageHead, type SiteContext } from './page.ts';

export interface DownloadPage {
  head: PageHead;
  package: Link;
  /** Filled in by the offline-package integration once the zip exists. */
  size: string;
  built: string;
  steps: string[];
  /** Where links copied from the package point: the site, or (without SITE_URL) the copy itself. */
  note: string;
}

export function downloadPage({ base, site }: SiteContext): DownloadPage {
  return {
    head: { title: ui.downloadTitle, description: ui.downloadIntro, canonical: sitePagePath(BELOW_BASE, 'download'), pageType: 'download' },
    package: { href: sitePagePath(base, 'offlinePackage'), label: ui.downloadButton },
    size: ui.downloadSizeValue(PLACEHOLDERS.size, PLACEHOLDERS.files),
    built: PLACEHOLDERS.date,
    steps: [ui.downloadStep1, ui.downloadStep2(PACKAGE_FOLDER), ui.downloadStep3],
    note: site ? ui.downloadNote : ui.downloadNoteNoSite,
  };
}
