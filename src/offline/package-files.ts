/**
 * The offline package's names, shared by the integration that writes it
 * (integrations/offline-package.ts) and the download page that offers it.
 */
import { SITE_PAGES } from '../model/ids.ts';

/** The zip, below the site's base: `download/gongzuo-yaodian-offline.zip`. */
export const PACKAGE_FILE = SITE_PAGES.offlinePackage;
/** The folder the zip unpacks into. */
export const PACKAGE_FOLDER = 'gongzuo-yaodian';
/** Placeholders the download page carries until the package exists. */
export const PLACEHOLDERS = { size: '%%PACKAGE_SIZE%%', date: '%%PACKAGE_DATE%%', files: '%%PACKAGE_FILES%%' } as const;
