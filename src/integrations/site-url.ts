/**
 * Astro integration: says on the console when a production build has no
 * SITE_URL. The site still works — handed-out links then follow the address
 * the reader opened it at — but a build meant for one public address should
 * name it, so links pasted into a circular do not depend on how it was opened.
 */
import type { AstroIntegration } from 'astro';
import { ui } from '../i18n/zh-CN.ts';

export default function siteUrlNotice(): AstroIntegration {
  let hasSite = false;
  return {
    name: 'yaodian:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        hasSite = config.site !== undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!hasSite) logger.warn(ui.siteUrlMissing);
      },
    },
  };
}
