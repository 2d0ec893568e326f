// Content-Type values: "multipart/report; report-type=delivery-status; boundary="b1"".

export interface ContentType {
  /** type/subtype, lower-cased; text/plain when the field is absent or unreadable. */
  type: string;
  params: Record<string, string>;
}

const PARAM = /;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;

export function parseContentType(value: string): ContentType {
  const semi = value.indexOf(';');
  const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  const params: Record<string, string> = {};
  if (semi >= 0) {
    for (const m of value.slice(semi).matchAll(PARAM)) {
      params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
  }
  return { type: /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : 'text/plain', params };
}
