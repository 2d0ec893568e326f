// A paste: the text of a bounce as a mail client shows it, with no raw headers. A client puts
// the subject on top (and sometimes "From:", "Sent:", "To:", "Subject:" lines), then the text
// and the delivery report; the returned message, if any, follows a marker.

import { type Doc, findOriginalStart, makeDoc, readOriginalHeaders } from '../doc';
import { splitLines } from '../text/lines';

const CLIENT_FIELD = /^(From|Sent|Date|To|Cc|Subject|Von|Gesendet|An|Betreff|De|Envoyé|À|Objet)\s*:\s*(.*)$/i;

export function pastedDoc(text: string, markers: RegExp[], start = 0, end = text.length): Doc {
  const head = splitLines(text, start, Math.min(end, start + 4000)).slice(0, 12);
  let subject = '';
  let from = '';
  let firstLine = '';
  // Client fields sit at the very top; a "Subject:" further down belongs to the returned message.
  let seenBlank = false;
  for (const line of head) {
    const t = line.text.trim();
    if (!t) {
      seenBlank ||= firstLine !== '';
      continue;
    }
    if (seenBlank && firstLine) break;
    if (!firstLine) firstLine = t;
    const m = CLIENT_FIELD.exec(t);
    if (!m) continue;
    const name = m[1].toLowerCase();
    if (['subject', 'betreff', 'objet'].includes(name) && !subject) subject = m[2].trim();
    if (['from', 'von', 'de'].includes(name) && !from) from = m[2].trim();
  }
  if (!subject && firstLine.length < 200) subject = firstLine;
  const reportEnd = findOriginalStart(splitLines(text, start, end), markers, end);
  return makeDoc({
    text,
    start,
    reportEnd,
    reportParts: [],
    headers: new Map(),
    subject,
    from,
    pasted: true,
    original: readOriginalHeaders(text, reportEnd),
  });
}
