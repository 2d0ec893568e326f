// Enhanced status codes (RFC 3463): finding them in text and what their class means.

export interface Found {
  value: string;
  /** Offset of the code within the searched text. */
  index: number;
}

// In order of trust: "#5.1.1" (qmail, Yahoo), a code right after a reply code ("550 5.1.1",
// "550-5.1.1"), then a code standing alone. Details may have three digits (5.7.606).
const AFTER_HASH = /[(]?#([245]\.\d{1,3}\.\d{1,3})\b/;
const AFTER_REPLY = /\b[245]\d\d[ -]#?([245]\.\d{1,3}\.\d{1,3})\b/;
const ALONE = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?!\d|\.\d)/g;

function notAnAddressPart(text: string, index: number, code: string): boolean {
  // "192.0.5.1.1" or "5.1.1.10" would be parts of IP addresses or versions.
  const before = text.slice(Math.max(0, index - 1), index);
  const after = text.slice(index + code.length, index + code.length + 2);
  return !/[\d.]/.test(before) && !/^\.\d/.test(after);
}

/** The first enhanced status code in `text`, or null. */
export function findStatus(text: string): Found | null {
  for (const re of [AFTER_HASH, AFTER_REPLY]) {
    const m = re.exec(text);
    if (m) {
      const index = m.index + m[0].lastIndexOf(m[1]);
      if (notAnAddressPart(text, index, m[1])) return { value: m[1], index };
    }
  }
  ALONE.lastIndex = 0;
  for (let m = ALONE.exec(text); m; m = ALONE.exec(text)) {
    if (m[1][0] !== '2' || /^2\.\d\.\d$/.test(m[1])) {
      if (notAnAddressPart(text, m.index, m[1])) return { value: m[1], index: m.index };
    }
  }
  return null;
}

/** 'X.Y.Z' with class 4 or 5 and a zero subject and detail: a class only, no meaning. */
export const isClassOnly = (value: string): boolean => /^[45]\.0\.0$/.test(value);

/** The class an inferred status takes: 5.0.0 for permanent failures, 4.0.0 for temporary ones. */
export const classStatus = (permanent: boolean): string => (permanent ? '5.0.0' : '4.0.0');
