// Lines with their offsets, for any line ending (LF, CRLF or a lone CR). Every reader in the
// engine works on these, so a span found on a line is an offset into the text as given.

export interface Line {
  /** The line without its line ending. */
  text: string;
  /** Offset of the first character in the whole text. */
  start: number;
}

/** Splits text[from, to) into lines. Linear: one pass, no regular expressions. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), start });
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  if (start < to) lines.push({ text: text.slice(start, to), start });
  return lines;
}

export const lineEnd = (line: Line): number => line.start + line.text.length;

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Collapses runs of white space to one space and trims, as readers compare text. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
