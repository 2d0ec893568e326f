// Content-Transfer-Encoding decoders for text parts: quoted-printable (RFC 2045 §6.7) and
// base64 (§6.8). They take a byte-per-char string and return bytes for the charset decoder.
// Both are forgiving, as mail must be read however it was written: stray characters are
// skipped, a broken escape is kept as it is.

const BASE64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  BASE64[c.charCodeAt(0)] = i;
});
BASE64['-'.charCodeAt(0)] = 62; // the URL-safe alphabet, seen from some gateways
BASE64['_'.charCodeAt(0)] = 63;

export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // "=": padding ends the data
    const value = code < 256 ? BASE64[code] : -1;
    if (value < 0) continue; // line breaks and anything else that is not base64
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

const hex = (code: number): number => {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
};

export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 61) {
      out[n++] = code & 0xff;
      continue;
    }
    // "=" at the end of a line is a soft line break (trailing white space allowed before it).
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (text.charCodeAt(j) === 13 || text.charCodeAt(j) === 10 || j >= text.length) {
      i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 1 : j;
      continue;
    }
    const high = hex(text.charCodeAt(i + 1));
    const low = hex(text.charCodeAt(i + 2));
    if (high >= 0 && low >= 0) {
      out[n++] = (high << 4) | low;
      i += 2;
    } else {
      out[n++] = 61;
    }
  }
  return out.subarray(0, n);
}
