/** `/help/`: how to look up requirements, cite clauses, work offline and search; its text is src/i18n/help.zh-CN.mdx. */
import { ui } from '../../i18n/zh-CN.ts';
import { sitePagePath } from '../../model/ids.ts';
import { BELOW_BASE, type PageHead } from './page.ts';

export function helpPage(): { head: PageHead } {
  return { head: { title: ui.navHelp, description: ui.helpDescription, canonical: sitePagePath(BELOW_BASE, 'help'), pageType: 'help' } };
}
