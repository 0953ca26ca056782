import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/scripts/fragment.ts';

describe('fragmentId', () => {
  it('decodes a percent-encoded fragment', () => {
    expect(fragmentId('#1-6-2')).toBe('1-6-2');
    expect(fragmentId('#%E6%9D%A1')).toBe('条');
    expect(fragmentId('')).toBe('');
  });

  it('takes a malformed escape as written instead of throwing', () => {
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('#%E6%9D')).toBe('%E6%9D');
    expect(fragmentId('#1-6-%ZZ')).toBe('1-6-%ZZ');
  });
});
