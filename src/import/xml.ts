/**
 * A WordprocessingML part parsed in document order (fast-xml-parser with
 * `preserveOrder`), namespaces dropped (`w:p` → `p`), values kept as text.
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** For `#text` nodes. */
  text?: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, trimValues: false, parseTagValue: false, parseAttributeValue: false });

type Raw = Record<string, unknown>;

function convert(raw: Raw): XmlNode {
  const name = Object.keys(raw).find((k) => k !== ':@') ?? '';
  if (name === '#text') return { name, attrs: {}, children: [], text: String(raw[name]) };
  const attrs = (raw[':@'] ?? {}) as Record<string, string>;
  const children = Array.isArray(raw[name]) ? (raw[name] as Raw[]).map(convert) : [];
  return { name, attrs, children };
}

export function parseXml(xml: string): XmlNode[] {
  return (parser.parse(xml) as Raw[]).map(convert);
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function val(node: XmlNode | undefined): string | undefined {
  return node?.attrs.val;
}

/** Every descendant named `name`, depth-first, in document order (not inside a match). */
export function findAll(nodes: readonly XmlNode[], name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const node of nodes) {
    if (node.name === name) found.push(node);
    else found.push(...findAll(node.children, name));
  }
  return found;
}
