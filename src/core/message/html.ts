// HTML-only bounces, turned into the text a person would read. The result is only ever shown
// as text. Written as a single forward scan (no regular expressions over tags), so a hostile
// page of unclosed "<script" or "<<<<" costs no more than reading it.

const BLOCK_END = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'hr',
  'dd',
  'dt',
]);
// Elements whose content is not text anyone reads.
const SKIP_CONTENT = new Set([
  'script',
  'style',
  'head',
  'title',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let pos = 0;
  while (pos < html.length) {
    const open = html.indexOf('<', pos);
    if (open < 0) {
      out += html.slice(pos);
      break;
    }
    out += html.slice(pos, open);
    const close = html.indexOf('>', open + 1);
    if (close < 0) break; // an unclosed tag: nothing readable follows
    const tag = /^<\/?\s*([a-z][a-z0-9]*)/i.exec(html.slice(open, Math.min(close + 1, open + 40)));
    const name = tag?.[1].toLowerCase() ?? '';
    pos = close + 1;
    if (html[open + 1] !== '/' && SKIP_CONTENT.has(name)) {
      const end = lower.indexOf(`</${name}`, pos);
      if (end < 0) break;
      const endClose = html.indexOf('>', end);
      pos = endClose < 0 ? html.length : endClose + 1;
      continue;
    }
    if (BLOCK_END.has(name)) out += '\n';
  }
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
