/**
 * The unified pipeline a document body goes through, in order. It runs once
 * per document; every page is rendered from the model it produces.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import remarkNumbering from './remark-numbering.ts';
import type { BlockContext } from './blocks.ts';
import type { Outline } from '../model/outline.ts';

export function parseBody(body: string, ctx: BlockContext): Outline {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkNumbering, ctx);
  const file = new VFile({ path: ctx.file, value: body });
  processor.runSync(processor.parse(file), file);
  const outline = file.data.outline;
  if (!outline) throw new Error(`remark-numbering left no outline for ${ctx.file}`);
  return outline;
}
