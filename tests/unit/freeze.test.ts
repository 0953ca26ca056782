import { describe, expect, it } from 'vitest';
import { freezeModel } from '../../src/model/freeze.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { allUnits } from '../../src/model/walk.ts';

describe('the model after it is built', () => {
  const doc = freezeModel(loadDocumentFile(SOURCE_DOCUMENT));

  it('is frozen all the way down: document, units, text runs and their marks', () => {
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.parts)).toBe(true);
    for (const unit of allUnits(doc)) {
      expect(Object.isFrozen(unit)).toBe(true);
      expect(Object.isFrozen(unit.heading.marks)).toBe(true);
    }
    expect(Object.isFrozen(doc.requirements[0])).toBe(true);
  });

  it('refuses a view that writes into it', () => {
    expect(() => (doc.requirements as unknown[]).sort()).toThrow(TypeError);
    expect(() => {
      (doc.parts[0] as { title: string }).title = '改';
    }).toThrow(TypeError);
  });
});
