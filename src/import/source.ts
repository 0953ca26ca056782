/**
 * What every reader (.docx, .txt, .html) hands on: the paragraphs in order,
 * exactly as written, with what the format knows about their looks.
 */
export interface SourceParagraph {
  /** The paragraph's characters, exactly as written (no line breaks inside). */
  text: string;
  /** Centred in the original (.docx only; other formats do not say). */
  centred?: boolean;
  /** Largest font size in points among its runs, when the format says. */
  size?: number;
  /** The paragraph style's name (.docx), such as “Title” or “标题”. */
  styleName?: string;
}

/** What a saved web page says about itself, outside the article. */
export interface WebCopyFacts {
  /** When the page was posted (`时间:` / `发布时间：`), as it writes it. */
  postedAt?: string;
  /** The site's own note (`导语:`), kept as provenance. */
  disclaimer?: string;
  previous?: string;
  next?: string;
}

export interface SourceDocument {
  kind: 'docx' | 'txt' | 'html';
  paragraphs: SourceParagraph[];
  /** The title when the format marks it (an HTML page's <h1>). */
  title?: string;
  /** Set when the file is a web copy rather than the original. */
  webCopy?: WebCopyFacts;
  /** Things the reader wants the maintainer to know (in Chinese). */
  notices: string[];
}
