import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../../shared/sync/bytes';

describe('base64', () => {
  it('matches the standard encoding for every length and reads it back', () => {
    for (let length = 0; length < 20; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 73 + 200) & 255);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it('refuses anything but canonical padded base64', () => {
    for (const text of ['A', 'AAA', 'AB==x', 'AB=A', 'A B=', 'AR==', '-_8=']) expect({ text, bytes: fromBase64(text) }).toEqual({ text, bytes: null });
  });
});
