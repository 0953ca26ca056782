/**
 * A document's outline in the shape of the corpus's hand-written
 * `<name>.expected.json` (tests/fixtures/documents/README.md), read from the model.
 */
import type { DocumentModel } from '../../src/model/types.ts';
import { allUnits } from '../../src/model/walk.ts';

export interface ExpectedOutline {
  kind: 'plan' | 'articles';
  addressee: string | null;
  preamble: string[];
  units: { id: string; marker: string; title: string }[];
  attachments: string[];
  signature: { issuer: string; date: string } | null;
  closing: string[];
}

export function outlineOf(doc: DocumentModel): ExpectedOutline {
  return {
    kind: doc.structure,
    addressee: doc.addressee?.text ?? null,
    preamble: doc.preamble.map((r) => r.text),
    units: allUnits(doc).map((u) => ({ id: u.id, marker: u.marker, title: u.title })),
    attachments: doc.attachments.map((a) => a.text),
    signature: doc.signature ? { issuer: doc.signature.issuers.join('\n'), date: doc.signature.date ?? '' } : null,
    closing: doc.closing.map((c) => c.text),
  };
}
