// Google Groups refusing a post, from mailer-daemon@googlemail.com with subject "Delivery Status
// Notification (Failure)": "Hello sender, we're writing to let you know that the group you
// tried to contact (name) may not exist, or you may not have permission to post messages to
// the group", four bulleted possible causes, a pointer to https://groups.google.com/support/
// and the signature "Google Groups". The text comes in the sender's language, but the link
// and the signature stay. The group's address is in X-Failed-Recipients, or, in a paste, in
// the returned message's To/Cc (the one whose local part is the group name).

import type { Doc } from '../doc';
import type { Finding } from '../finding';
import { findAddresses } from '../smtp/address';
import { isBlank, type Line, lineEnd, squeeze } from '../text/lines';
import { failedRecipients, neverThrows, originalRecipients } from './common';
import type { MailSystem } from './types';

const SUPPORT_LINK = 'groups.google.com/support';
const SIGNATURE = /^\s*Google Groups\.?\s*$/;
const BULLET = /^\s?\*/;
const GROUP_NAME = /\(([^\s()@]{1,128})\)/;

function recognise(doc: Doc): boolean {
  let link = false;
  let signature = false;
  for (const l of doc.lines) {
    if (l.text.length > 1000) continue;
    if (l.text.includes(SUPPORT_LINK)) link = true;
    else if (SIGNATURE.test(l.text)) signature = true;
  }
  return link && signature;
}

function read(doc: Doc): Finding[] {
  const lines = doc.lines;
  // The notice runs from the paragraph naming the group "(name)" (the greeting above it only
  // repeats the sender's address; a pasted subject line is no part of it) to the causes
  // listed before the support link.
  const subjectLine = doc.pasted ? firstTextLine(lines) : -1;
  const link = lines.findIndex((l) => l.text.includes(SUPPORT_LINK));
  const named = lines.findIndex(
    (l, i) => i !== subjectLine && l.text.length <= 4000 && GROUP_NAME.test(l.text),
  );
  const first =
    named >= 0 && named < link ? named : lines.findIndex((l, i) => !isBlank(l) && i !== subjectLine);
  if (first < 0 || link < 0 || first > link) return [];
  // The notice lists what may have gone wrong (no such group, removed, members only, closed to
  // posting; the list has changed over the years): each of them means the group refused the post.
  const listsCauses = lines.slice(first, link + 1).some((l) => BULLET.test(l.text));
  const lastCause = lastTextBefore(lines, first, link);
  const range = { start: lines[first].start, end: lineEnd(lastCause) };
  const diagnostic = squeeze(doc.text.slice(range.start, range.end));
  const group = GROUP_NAME.exec(diagnostic)?.[1]?.toLowerCase() ?? null;

  // Without the group's address the notice still tells what happened.
  const addresses: (string | null)[] = groupAddresses(doc, group);
  if (!addresses.length) addresses.push(null);
  return addresses.map((recipient) => ({
    recipient,
    action: 'failed',
    diagnostic,
    diagnosticRange: range,
    block: { start: lines[first].start, end: lineEnd(lines[link]) },
    reason: listsCauses ? 'rejected' : undefined,
  }));
}

function firstTextLine(lines: Line[]): number {
  return lines.findIndex((l) => !isBlank(l));
}

/** The last line with text before the paragraph that holds the support link. */
function lastTextBefore(lines: Line[], from: number, link: number): Line {
  let i = link - 1;
  while (i > from && !isBlank(lines[i])) i--; // back to the blank line above the link's paragraph
  while (i > from && isBlank(lines[i])) i--;
  return lines[Math.max(i, from)];
}

/** X-Failed-Recipients, else the returned message's recipient that matches the group name. */
function groupAddresses(doc: Doc, group: string | null): string[] {
  const failed = failedRecipients(doc);
  if (failed.length) return [...new Set(failed)];
  const addresses = originalRecipients(doc);
  // A paste may keep the returned header lines in the text without a recognised header block.
  if (!addresses.length) {
    // One quantifier over the value: "[ \t]*(.+)" would try every split of a long run of blanks.
    for (const m of doc.text.slice(doc.reportEnd).matchAll(/^(?:To|Cc):(.{1,2000})$/gim)) {
      for (const a of findAddresses(m[1].trim())) addresses.push(a.value.toLowerCase());
    }
  }
  const matching = addresses.filter((a) =>
    group ? a.split('@')[0] === group : a.endsWith('@googlegroups.com'),
  );
  const chosen = matching.length ? matching : addresses.filter((a) => a.endsWith('@googlegroups.com'));
  return [...new Set(chosen)];
}

export const googleGroups: MailSystem = {
  name: 'Google Groups',
  recognise,
  read: neverThrows(read),
};
