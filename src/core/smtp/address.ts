// Email addresses in report text: "<kijitora@example.jp>", "rfc822; a@b.example", bare ones.

// Local parts may be quoted or contain most printable characters; domains are dot-separated
// labels or an IP literal. Kept simple and linear: no nested quantifiers over the same chars.
const ADDRESS =
  /(?:"[^"\r\n]{1,64}"|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,128})@(?:\[[0-9A-Fa-f:.]{3,45}\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*)/g;

/** All addresses in text, in order, as written. */
export function findAddresses(text: string): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    const value = m[0].replace(/^[.]+|[.]+$/g, '');
    if (value.includes('@') && value.split('@')[1].length > 0) out.push({ value, index: m.index });
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
