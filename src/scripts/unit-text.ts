/**
 * Rebuilds a unit's exact text from the page, as the model holds it: the
 * text's characters in order, `\n` where a new source line starts (blocks
 * marked `data-br`), leaving out interface (copy buttons, 校注 markers).
 */
const EXCLUDED = '[data-copy-exclude], .note-ref';

export function unitText(unit: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.nodeValue ?? '';
      } else if (child instanceof Element && !child.matches(EXCLUDED)) {
        if (child.hasAttribute('data-br') && text !== '') text += '\n';
        walk(child);
      }
    }
  };
  walk(unit);
  return text;
}
