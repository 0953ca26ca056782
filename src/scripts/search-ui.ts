/**
 * The search box's behaviour. Loads Pagefind and the query lexicon on first
 * focus, searches on every input (the newest query wins), renders results as
 * links in rank order with text nodes only (a query is never HTML), and moves
 * through them with the arrow keys.
 */
import { search, type PagefindApi, type RankedResult } from '../search/engine.ts';
import type { LexiconEntry } from '../search/lexicon.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';
import { KIND_LABELS } from '../search/filters.ts';
import { loadLexicon } from './lexicon.ts';
import { indexFile } from '../model/ids.ts';

const root = document.querySelector<HTMLElement>('.site-search');
const input = document.getElementById('site-search-input') as HTMLInputElement | null;

interface Loaded {
  api: Pagefind;
  lexicon: LexiconEntry[];
}

let loading: Promise<Loaded> | undefined;

type Pagefind = PagefindApi & { options(o: object): Promise<void>; init(): Promise<void>; filters(): Promise<Record<string, Record<string, number>>> };

declare global {
  interface Window {
    /** Set by the offline package, which cannot import modules from disk. */
    yaodianPagefind?: Pagefind;
  }
}

/** Pagefind's module and the lexicon, fetched once; a failed load is forgotten so that the next input retries it. */
function load(base: string): Promise<Loaded> {
  loading ??= (async (): Promise<Loaded> => {
    const packaged = window.yaodianPagefind;
    const pagefind = packaged ?? ((await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind);
    // A fixed tag per build (not Pagefind's default timestamp) lets the service worker serve the index offline.
    // From a file, workers cannot start: the package runs Pagefind on the main thread.
    await pagefind.options({ basePath: `${base}pagefind/`, metaCacheTag: root?.dataset.version ?? 'dev', ...(packaged ? { noWorker: true } : {}) });
    await pagefind.init();
    const lexicon = await loadLexicon();
    return { api: pagefind, lexicon };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

if (root && input) {
  const base = root.dataset.base ?? '/';
  const panel = root.querySelector<HTMLElement>('.search-panel');
  const status = root.querySelector<HTMLElement>('.search-status');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  const suggest = root.querySelector<HTMLElement>('.search-suggest');
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  let latest = 0;

  const setOpen = (open: boolean) => {
    if (!panel) return;
    panel.hidden = !open;
  };

  /** Fills the document and part filters with what the index holds (the kind filter is fixed). */
  const fillFilters = async (api: Pagefind) => {
    const available = await api.filters();
    for (const select of selects) {
      const values = available[select.dataset.filter ?? ''];
      if (!values || select.options.length > 1) continue;
      for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'zh-CN'))) select.append(new Option(value, value));
    }
  };

  const filters = (): Record<string, string> => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter ?? '', s.value]));

  const showSuggestions = (lexicon: readonly LexiconEntry[]) => {
    if (!suggest) return;
    const items = suggest.querySelector('ul');
    items?.replaceChildren(
      ...lexicon.slice(0, 8).map((entry) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.textContent = entry.term;
        button.addEventListener('click', () => {
          input.value = entry.term;
          input.focus();
          void run();
        });
        li.append(button);
        return li;
      }),
    );
    suggest.hidden = false;
  };

  /** The result's link from this page: below the base the site runs under, or inside the offline package. */
  const resultHref = (r: RankedResult) => {
    if (!window.yaodianPagefind) return `${base}${r.path}`;
    const [path = '', hash] = r.path.split('#');
    return `${base}${indexFile(path)}${hash ? `#${hash}` : ''}`;
  };

  const render = (results: RankedResult[]) => {
    list?.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        li.className = 'search-result';
        li.dataset.kind = r.kind;
        li.dataset.ref = r.ref;
        const link = document.createElement('a');
        link.href = resultHref(r);
        link.className = 'result-link';
        link.textContent = r.title;
        const meta = document.createElement('p');
        meta.className = 'result-meta';
        meta.textContent = r.kind === 'clause' ? r.citation : r.kind === 'requirement' ? `${KIND_LABELS.requirement} · ${r.citation}` : `${KIND_LABELS.term} · ${r.document}`;
        const text = document.createElement('p');
        text.className = 'result-excerpt';
        for (const seg of r.excerpt) {
          if (seg.mark) {
            const mark = document.createElement('mark');
            mark.textContent = seg.text;
            text.append(mark);
          } else text.append(document.createTextNode(seg.text));
        }
        li.append(link, meta, text);
        return li;
      }),
    );
  };

  async function run(): Promise<void> {
    try {
      await searchNow();
    } catch (error) {
      // The index or the lexicon could not be loaded (a dropped connection, a server error): say so; the next input retries.
      console.warn('[search]', error);
      render([]);
      if (status) status.textContent = ui.searchUnavailable;
    }
  }

  async function searchNow(): Promise<void> {
    const query = input?.value ?? '';
    const id = ++latest;
    setOpen(true);
    const { api, lexicon } = await load(base);
    void fillFilters(api);
    if (id !== latest) return;
    if (!query.trim()) {
      render([]);
      if (status) status.textContent = '';
      showSuggestions(lexicon);
      return;
    }
    const outcome = await search(api, lexicon, query, filters());
    if (id !== latest) return;
    render(outcome.results.slice(0, 12));
    if (status) status.textContent = outcome.results.length > 0 ? ui.searchCount(outcome.results.length) : ui.searchNone(query);
    if (suggest) suggest.hidden = outcome.results.length > 0;
    if (outcome.results.length === 0) showSuggestions(lexicon);
    root?.setAttribute('data-searched', query);
  }

  input.addEventListener('input', () => void run());
  // A search can be linked: ?q=党费 opens this page with that search run.
  const linked = new URLSearchParams(location.search).get('q');
  if (linked) {
    input.value = linked;
    void run();
  }
  input.addEventListener('focus', () => {
    void load(base).catch(() => undefined);
    if (input.value) setOpen(true);
  });
  selects.forEach((s) => s.addEventListener('change', () => void run()));

  const links = () => [...(list?.querySelectorAll<HTMLAnchorElement>('a.result-link') ?? [])];
  root.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && all.length > 0 && (e.target === input || at >= 0)) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1]?.focus();
    } else if (e.key === 'Escape') {
      // A search input clears itself on Esc and fires `input`, which would reopen the panel.
      e.preventDefault();
      setOpen(false);
      input.focus();
    } else if (e.key === 'Enter' && e.target === input && all[0]) {
      e.preventDefault();
      all[0].click();
    }
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));
    if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener('click', (e) => {
    if (e.target instanceof Node && !root.contains(e.target)) setOpen(false);
  });
}
