// Turning bytes into text without losing any. Raw messages are read byte for byte (one char
// per byte) so MIME decoding can later apply each part's own charset; plain text files are
// read as UTF-8 when they are valid UTF-8, else as Windows-1252, the usual legacy default.

const CHUNK = 0x8000;

const ascii = new TextDecoder('utf-8');

/** One char per byte (ISO-8859-1 in the strict sense); reversible with `latin1ToBytes`. */
export function bytesToLatin1(bytes: Uint8Array): string {
  // Most mail is 7-bit: there the native decoder gives the same string, much faster.
  if (isAscii(bytes)) return ascii.decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

export function latin1ToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Decodes a text file: BOMs first, then strict UTF-8, then Windows-1252. */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export type BinaryKind = 'pdf' | 'image' | 'archive' | 'outlook-msg' | 'binary';

/** Recognises files that are not text at all, so they get a specific message. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38))
    return 'image';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image'; // RIFF....WEBP
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'outlook-msg';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x1f, 0x8b) || starts(0x37, 0x7a, 0xbc, 0xaf))
    return 'archive';
  // UTF-16 text has many NULs but starts with a BOM; anything else with NULs early on is binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const head = bytes.subarray(0, 2048);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) nuls++;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  // A stray NUL happens in real mail (a broken gateway); binary files are full of them.
  if (nuls > 4) return 'binary';
  return head.length > 0 && controls / head.length > 0.1 ? 'binary' : null;
}
