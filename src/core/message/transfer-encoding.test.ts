import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding';

const text = (bytes: Uint8Array, charset = 'utf-8') => new TextDecoder(charset).decode(bytes);

describe('quoted-printable', () => {
  it('decodes escapes and joins soft line breaks', () => {
    expect(text(decodeQuotedPrintable('Caf=C3=A9 =\r\nd=C3=A9j=C3=A0 vu=\n!'))).toBe('Café déjà vu!');
  });

  it('keeps a broken escape as it is and allows white space before a soft break', () => {
    expect(text(decodeQuotedPrintable('100=% sure =  \nyes'))).toBe('100=% sure yes');
  });
});

describe('base64', () => {
  it('decodes across line breaks and stops at padding', () => {
    expect(text(decodeBase64('TWFpbGJveCBm\r\ndWxs\n'))).toBe('Mailbox full');
    expect(text(decodeBase64('bm8gc3VjaCB1c2Vy=='))).toBe('no such user');
  });

  it('skips characters that are not base64 instead of failing', () => {
    expect(text(decodeBase64('bm8g!!c3Vj aCB1c2Vy'))).toBe('no such user');
  });

  it('gives ISO-2022-JP bytes for the charset decoder', () => {
    const jis = decodeBase64('GyRCJWEhPCVrJHIkKkZPJDEkRyQtJF4kOyRzJEckNyQ/GyhC');
    expect(text(jis, 'iso-2022-jp')).toBe('メールをお届けできませんでした');
  });
});
