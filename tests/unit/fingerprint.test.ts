import { describe, expect, it } from 'vitest';
import { ELIDED, identitiesOf, ownWording, textFingerprint } from '../../src/model/fingerprint.ts';
import { findUnit } from '../../src/model/walk.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';

const doc = loadDocumentFile(SOURCE_DOCUMENT);
const unit = (id: string) => {
  const u = findUnit(doc, id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};

describe('a unit’s fingerprint', () => {
  it('covers its own wording, with its sub-units elided as one ……', () => {
    expect(ownWording(unit('1'))).toBe(`一、突出政治要求,坚持党对教育工作的领导\n${ELIDED}`);
    const clause = ownWording(unit('1-6'));
    expect(clause.startsWith('(六)抓好党员教育和管理工作。建立')).toBe(true);
    expect(clause.endsWith(`的先锋模范作用。${ELIDED}`)).toBe(true);
    expect(ownWording(unit('1-6-2'))).toBe(unit('1-6-2').text);
  });

  it('changes with one character and not with line endings', () => {
    const text = unit('1-2').text;
    expect(textFingerprint(text)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(textFingerprint(text.replace('每月开展2次', '每月开展3次'))).not.toBe(textFingerprint(text));
    expect(textFingerprint('甲\r\n乙')).toBe(textFingerprint('甲\n乙'));
  });

  it('pairs the wording with the unit’s place', () => {
    const found = identitiesOf(doc).find((u) => u.id === '1-6-2');
    expect(found).toMatchObject({ path: '/jiceng-zuzhi-jianshe/1-6/#1-6-2', place: '第一部分第（六）条第二项' });
  });
});
