/**
 * Reads a PDF the way the print tests need: each page's size, its text runs
 * with position and size (in points, origin bottom-left) and the names of the
 * fonts embedded for them. pdfjs-dist (Mozilla's PDF.js) does the reading.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextRun {
  /** With Kangxi radicals read back as the characters they stand for: PDF text maps some CJK glyphs to them (⼯ for 工). */
  text: string;
  x: number;
  y: number;
  /** Advance width in points. */
  width: number;
  size: number;
  font: string;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data: bytes, fontExtraProperties: true, verbosity: 0 });
  const pdf = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    await page.getOperatorList(); // loads the fonts into commonObjs
    const fontName = (id: string): string => {
      try {
        return (page.commonObjs.get(id) as { name?: string }).name ?? id;
      } catch {
        return id;
      }
    };
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a = 0, , , , e = 0, f = 0] = item.transform as number[];
      runs.push({ text: item.str.replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC')), x: e, y: f, width: item.width, size: Math.round(a * 10) / 10, font: fontName(item.fontName) });
    }
    pages.push({ width: x1 - x0, height: y1 - y0, runs });
  }
  await task.destroy();
  return pages;
}

/** Millimetres to PDF points. */
export const mm = (n: number) => (n * 72) / 25.4;
