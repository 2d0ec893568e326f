// A renderer for the small Markdown subset our articles use (see src/knowledge/README.md):
// paragraphs, "- " lists, "- [ ] " checklists, **bold**, `code` and https links. It builds React
// elements from text; nothing is ever inserted as HTML.

import type { ReactNode } from 'react';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'checklist'; items: string[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

/** Splits an article body into its "## " sections and their blocks. */
export function parseSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length && current) current.blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('## ')) {
      flush();
      current = { heading: line.slice(3).trim(), blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current) continue;
    const item = /^- (\[ \] )?(.*)$/.exec(line);
    if (item) {
      flush();
      const kind = item[1] ? 'checklist' : 'list';
      const last = current.blocks[current.blocks.length - 1];
      if (last && last.kind === kind) last.items.push(item[2]);
      else current.blocks.push({ kind, items: [item[2]] });
      continue;
    }
    if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return sections;
}

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\(https:\/\/[^)\s]+\))/g;

/** Inline markup → React nodes. Links open in a new tab and only ever go to https addresses. */
export function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) nodes.push(text.slice(last, at));
    const token = m[0];
    if (token.startsWith('**')) nodes.push(<strong key={at}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) {
      nodes.push(
        <code key={at} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800">
          {token.slice(1, -1)}
        </code>,
      );
    } else {
      const close = token.indexOf('](');
      nodes.push(
        <a
          key={at}
          href={token.slice(close + 2, -1)}
          target="_blank"
          rel="noopener noreferrer"
          className="link"
        >
          {token.slice(1, close)}
        </a>,
      );
    }
    last = at + token.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
