/**
 * remark plugin: reads the hierarchy of a 工作要点 body from its numbering and
 * leaves it on `file.data.outline` (the tree itself is not changed).
 *
 *   一、总则\n(一)抓好学习。一是…二是…
 *   → file.data.outline = { preamble: [], parts: [{ id: '1', content: [{ unit: { id: '1-1', … } }] }] }
 *
 * Options name the content file and the lines its frontmatter takes, so that
 * errors point at the line a maintainer sees in the editor.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyBlocks, type BlockContext } from './blocks.ts';
import { buildOutline, type Outline } from '../model/outline.ts';

declare module 'vfile' {
  interface DataMap {
    outline: Outline;
  }
}

export default function remarkNumbering(options: BlockContext) {
  return (tree: Root, file: VFile): void => {
    file.data.outline = buildOutline(bodyBlocks(tree, options), options);
  };
}
