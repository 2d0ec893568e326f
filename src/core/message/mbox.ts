// Splitting an mbox into messages. A message starts at a "From " line (the envelope line of
// the mbox format) at the top of the text or after an empty line, followed by a header field.

export interface MessageSlice {
  start: number;
  end: number;
}

const ENVELOPE = /^From \S+/;
const FIELD_AFTER = /^[!-9;-~]+:/;
// "From sender@example.org  Thu Jul  2 12:05:05 2020"
const ASCTIME_ENVELOPE =
  /^From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d(?: [A-Z]{3,4})? \d{4}/;

function envelopeAt(text: string, pos: number): boolean {
  if (!text.startsWith('From ', pos)) return false;
  let eol = text.indexOf('\n', pos);
  if (eol < 0) return false;
  const line = text.slice(pos, eol);
  if (!ENVELOPE.test(line)) return false;
  let next = eol + 1;
  if (text[next] === '\r') next++;
  eol = text.indexOf('\n', next);
  return FIELD_AFTER.test(text.slice(next, eol < 0 ? text.length : eol));
}

/** Returns the slices of each message, without their "From " lines; one slice for a single message. */
export function splitMbox(text: string): MessageSlice[] {
  const starts: number[] = [];
  if (envelopeAt(text, 0)) starts.push(0);
  let pos = text.indexOf('\nFrom ');
  while (pos >= 0) {
    const prev = text.lastIndexOf('\n', pos - 1);
    const between = text.slice(prev + 1, pos).trim();
    // The format wants an empty line before each "From " line; concatenated files do not always
    // have one, but a full envelope line (with its asctime date) is unmistakable either way.
    const fullEnvelope = ASCTIME_ENVELOPE.test(text.slice(pos + 1, pos + 200));
    if ((between === '' || fullEnvelope) && envelopeAt(text, pos + 1)) starts.push(pos + 1);
    pos = text.indexOf('\nFrom ', pos + 1);
  }
  if (starts.length === 0 || (starts.length === 1 && starts[0] === 0 && !text.startsWith('From '))) {
    return [{ start: 0, end: text.length }];
  }
  const slices: MessageSlice[] = [];
  if (starts[0] > 0 && text.slice(0, starts[0]).trim() !== '') slices.push({ start: 0, end: starts[0] });
  starts.forEach((s, i) => {
    const bodyStart = text.indexOf('\n', s) + 1;
    slices.push({ start: bodyStart, end: i + 1 < starts.length ? starts[i + 1] : text.length });
  });
  return slices;
}
