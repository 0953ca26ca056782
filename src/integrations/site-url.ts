/**
 * Astro integration: says on the console when a production build has no
 * SITE_URL. The site still works — handed-out links then follow the address
 * the reader opened it at — but a build meant for one public address should
 * name it, so links pasted into a circular do not depend on how it was opened.
 */
import type { AstroIntegration } from 'astro';

export const SITE_URL_MISSING =
  '未设置 SITE_URL：复制的链接、引文、二维码和打印的网址将使用读者打开网站时的地址（运行时的 location.origin 加 base），页面不带 canonical 标签。' +
  '网站有固定公开地址时，请这样构建：SITE_URL=https://你的域名 npm run build';

export default function siteUrlNotice(): AstroIntegration {
  let hasSite = false;
  return {
    name: 'yaodian:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        hasSite = config.site !== undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!hasSite) logger.warn(SITE_URL_MISSING);
      },
    },
  };
}
