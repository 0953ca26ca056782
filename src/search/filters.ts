/**
 * Search filter names as shown to the reader (Pagefind reports them back as
 * keys), and the kinds of record. Shared by the index and the browser.
 */
export const FILTERS = { document: '文件', part: '部分', kind: '类型' } as const;
export const KIND_LABELS = { clause: '条文', requirement: '要求', term: '提法' } as const;
