// Reading the front matter of a knowledge article: "key: value" lines between two "---" lines
// at the top. Pure, so the build (which indexes the articles) and the app share it.

export interface ArticleMeta {
  /** reasons/<reason> or codes/<id>. */
  path: string;
  id: string;
  title: string;
  summary: string;
  /** What a code article covers: status:5.7.26, provider:google, code:TSS04 … (empty for reasons). */
  applies: string[];
}

export interface ParsedArticle {
  fields: Record<string, string>;
  body: string;
}

export function parseArticle(markdown: string): ParsedArticle {
  const text = markdown.replace(/\r\n?/g, '\n');
  const fields: Record<string, string> = {};
  if (!text.startsWith('---\n')) return { fields, body: text };
  const end = text.indexOf('\n---', 4);
  if (end < 0) return { fields, body: text };
  for (const line of text.slice(4, end).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const bodyStart = text.indexOf('\n', end + 1);
  return { fields, body: bodyStart < 0 ? '' : text.slice(bodyStart + 1) };
}

export function metaOf(path: string, markdown: string): ArticleMeta {
  const { fields } = parseArticle(markdown);
  return {
    path,
    id: fields.id ?? path.split('/').pop() ?? path,
    title: fields.title ?? '',
    summary: fields.summary ?? '',
    applies: (fields.applies ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
