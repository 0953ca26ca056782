/**
 * A clause or article page's title: where it sits, its own title, the
 * document. An article's title is its whole first sentence, so the unit's
 * title is shortened (with …) to keep the whole <title> within the 70
 * characters browsers and search results show.
 *
 *   clausePageTitle('第一部分', '(六)', '抓好党员教育和管理工作', '教育工委基层组织建设工作要点')
 *   → '第一部分(六)抓好党员教育和管理工作｜教育工委基层组织建设工作要点'
 */
import { ui } from '../i18n/zh-CN.ts';

const MAX_TITLE = 70;

export function clausePageTitle(place: string, marker: string, title: string, documentTitle: string): string {
  // Base adds “ - 站名” after every page title.
  const fixed = ui.pageTitle(ui.titleIn(`${place}${marker}`, documentTitle)).length;
  const room = Math.max(8, MAX_TITLE - fixed);
  const shown = title.length > room ? `${title.slice(0, room - ui.ellipsis.length)}${ui.ellipsis}` : title;
  return ui.titleIn(`${place}${marker}${shown}`, documentTitle);
}
