/**
 * The sentence around a span of text: what term pages and the references list
 * quote. A sentence ends at 。；！？ or at the edge of the text.
 *
 *   sentenceAround('甲。坚持“三重一大”。乙', 5, 9) → { sentence: '坚持“三重一大”。', start: 3, end: 7 }
 */
const STOPS = '。；！？';

export function sentenceAround(text: string, start: number, end: number): { sentence: string; start: number; end: number } {
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (STOPS.includes(text[i] ?? '')) {
      from = i + 1;
      break;
    }
  }
  let to = text.length;
  for (let i = end; i < text.length; i++) {
    if (STOPS.includes(text[i] ?? '')) {
      to = i + 1;
      break;
    }
  }
  return { sentence: text.slice(from, to), start: start - from, end: end - from };
}
