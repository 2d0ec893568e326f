// Email addresses in report text: "<kijitora@example.jp>", "rfc822; a@b.example", bare ones.

// Addresses are found from their "@": walk back over the local part (at most 128 characters,
// or a quoted string), then read the domain forward. Each character is looked at a bounded
// number of times, so a megabyte of letters or of "@" costs no more than reading it.

const LOCAL_CHARS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-") {
  LOCAL_CHARS[c.charCodeAt(0)] = 1;
}
// Internationalised addresses (RFC 6531) use letters of any script in both parts.
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const isLocal = (code: number) =>
  code < 128
    ? LOCAL_CHARS[code] === 1
    : LETTER.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);

const DOMAIN =
  /\[[0-9A-Fa-f:.]{3,45}\]|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,62}[\p{L}\p{N}\p{M}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,62}[\p{L}\p{N}\p{M}])?)*/uy;

/** All addresses in text, in order, as written. */
export function findAddresses(text: string): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < floor) continue;
    let start = at;
    if (text[at - 1] === '"') {
      const open = text.lastIndexOf('"', at - 2);
      const quoted = text.slice(open + 1, at - 1);
      if (open >= floor && quoted.length >= 1 && quoted.length <= 64 && !/[\r\n"]/.test(quoted)) start = open;
    } else {
      while (start > floor && at - start < 128 && isLocal(text.charCodeAt(start - 1))) start--;
      while (start < at && text[start] === '.') start++; // a sentence's dot is not part of the address
    }
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const value = text.slice(start, at + 1) + domain[0];
    out.push({ value, index: start });
    floor = at + 1 + domain[0].length;
  }
  return out;
}

export function firstAddress(text: string): string | null {
  return findAddresses(text)[0]?.value ?? null;
}

/** A recipient as the engine reports it: no angle brackets, no "rfc822;" prefix, lower-cased. */
export function cleanAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const found = firstAddress(raw);
  if (!found) return null;
  return found.replace(/^['"`]+|['"`]+$/g, '').toLowerCase();
}
