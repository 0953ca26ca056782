/** The 404 page: what may have happened, and the ways in it really has (search is in the header). */
import { ui } from '../../i18n/zh-CN.ts';
import { sitePagePath, termPath } from '../../model/ids.ts';
import type { Link, PageHead } from './page.ts';

export interface NotFoundPage {
  /** No canonical: the page answers at every missing address. */
  head: PageHead;
  ways: Link[];
}

export function notFoundPage(base: string): NotFoundPage {
  return {
    head: { title: ui.notFoundTitle, description: ui.notFoundBody, pageType: 'not-found' },
    ways: [
      { href: sitePagePath(base, 'home'), label: ui.home },
      { href: termPath(base), label: ui.termsTitle },
      { href: sitePagePath(base, 'requirements'), label: ui.requirementsTitle },
      { href: sitePagePath(base, 'help'), label: ui.navHelp },
    ],
  };
}
