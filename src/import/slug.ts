/**
 * A slug proposed from a title, the way the seed's was made by hand:
 * 教育工委基层组织建设工作要点 → jiceng-zuzhi-jianshe (the issuer and the
 * genre name dropped, one pinyin word per Chinese word, hyphenated). Never a
 * site route, never a slug another document has.
 */
import { pinyin } from 'pinyin-pro';
import { isDocSlug } from '../model/ids.ts';
import { reservedSlugs } from '../data/reserved-slugs.ts';

/** Genre words that every document here shares, so they say nothing in a URL. */
const GENRE = /(?:工作要点|要点)$/u;
const MAX_WORDS = 5;
const ORGANISATION = /^[\p{Script=Han}]{0,12}?(?:工委|委员会|党委|党组|教育局|教育厅|办公室|人民政府)/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The subject of a title: inside 《》 when it is a 关于印发《…》的通知, without issuer and genre words. */
export function titleSubject(title: string, issuer: string | null): string {
  let subject = /《([^》]+)》/u.exec(title)?.[1] ?? title;
  subject = subject.replace(/^关于/u, '').replace(/的通知$/u, '');
  if (issuer) for (const name of issuer.split('、')) if (subject.startsWith(name) && subject.length > name.length) subject = subject.slice(name.length);
  // The issuer as the title abbreviates it (教育工委, 中共某市教育局党委): an organisation name at the start.
  subject = subject.replace(ORGANISATION, '') || subject;
  const withoutGenre = subject.replace(GENRE, '');
  return withoutGenre || subject;
}

/** Pinyin words of a Chinese phrase: 基层组织建设 → ['jiceng', 'zuzhi', 'jianshe']; digits stay digits. */
export function pinyinWords(phrase: string): string[] {
  const words: string[] = [];
  let lastWasSingle = false;
  for (const { segment, isWordLike } of segmenter.segment(phrase)) {
    if (!isWordLike) continue;
    const han = /\p{Script=Han}/u.test(segment);
    const word = han ? pinyin(segment, { toneType: 'none', type: 'array', v: true }).join('') : segment;
    const ascii = word.toLowerCase().replace(/ü/gu, 'v').replace(/[^a-z0-9]/gu, '');
    if (!ascii) continue;
    // The segmenter cuts 年 off a year: 2017年 reads better as one word, 2017.
    if (han && segment === '年' && /^\d{4}$/.test(words.at(-1) ?? '')) continue;
    // The segmenter leaves words it does not know as single characters (党|风|廉|政): they read as one word.
    if (han && [...segment].length === 1 && lastWasSingle) words[words.length - 1] += ascii;
    else words.push(ascii);
    lastWasSingle = han && [...segment].length === 1;
  }
  return words;
}

/** The proposed slug: unique among `taken`, never a reserved route. */
export function proposeSlug(title: string, issuer: string | null, taken: ReadonlySet<string>): string {
  const words = pinyinWords(titleSubject(title, issuer)).slice(0, MAX_WORDS);
  const base = words.join('-') || 'wenjian';
  return uniqueSlug(base, taken);
}

export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const reserved = reservedSlugs();
  const free = (s: string): boolean => isDocSlug(s) && !taken.has(s) && !reserved.has(s);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
