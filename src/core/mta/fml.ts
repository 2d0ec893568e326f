// fml (a mailing-list manager). It answers a posting it refuses with a notice from the list's
// "-admin" address (X-MLServer: fml; Message-ID "<…FML…@…>"; a subject ending "(<list> ML)"):
//
//   You are not a member of this mailing list <neko-nyaan@example.org>.
//
// or "Duplicated Message-ID in <neko@example.co.jp>.". The line that ends with the list's
// address in angle brackets is the finding; the words before it say why.

import type { Finding } from '../finding';
import type { Reason } from '../types';
import {
  headerOf,
  lineSlice,
  linesRange,
  MAX_RECIPIENTS,
  neverThrows,
  type PhraseTable,
  reasonFromPhrases,
  subjectMatches,
} from './common';
import type { MailSystem } from './types';

const ORIGINAL = /^Original mail as follows:\s*$/;
const LINE = /<([^<>\s@]{1,256}@[^<>\s]{1,256})>\.\s*$/;
// The list's name never holds parentheses; excluding them keeps a run of "((((" cheap.
const ML_SUBJECT = /\([^\s()]{1,100} ML\)\s*$/;

// fml's own words in the notice, then in its subject (libexec/fml.pl, kern/*.pl).
const TEXT: PhraseTable = [
  [
    'rejected',
    [
      'NOT MEMBER article from',
      'reject mail from',
      'reject since',
      'reject spammers:',
      'You are not a member of this mailing list',
    ],
  ],
  ['systemerror', ['Duplicated Message-ID', 'has detected a loop condition so that', 'Loop Back Warning:']],
  ['securityerror', ['Security alert:']],
];
const SUBJECT: readonly [Reason, RegExp][] = [
  [
    'rejected',
    /NOT MEMBER article from |reject mail |Spam mail from a spammer is rejected|You .{1,300} are not member/,
  ],
  ['systemerror', /fml system error message|Loop Alert: |Loop Back Warning: |WARNING: UNIX FROM Loop/],
  ['securityerror', /Security Alert/],
];

export const fml: MailSystem = {
  name: 'fml',
  originalMarkers: [ORIGINAL],
  recognise(doc) {
    if (/^fml\b/i.test(headerOf(doc, 'x-mlserver'))) return true;
    if (/^<\d+\.FML/.test(headerOf(doc, 'message-id').trim())) return true;
    // A paste: the notice's subject names the list.
    return subjectMatches(doc, ML_SUBJECT) && SUBJECT.some(([, re]) => subjectMatches(doc, re));
  },
  read: neverThrows((doc) => {
    const lines = doc.lines;
    const fromSubject = SUBJECT.find(([, re]) => subjectMatches(doc, re))?.[0];
    const out: Finding[] = [];
    for (let i = 0; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
      const t = lines[i].text;
      if (ORIGINAL.test(t)) break;
      const m = t.length < 1000 ? LINE.exec(t) : null;
      if (!m) continue;
      const own = lineSlice(lines[i]);
      out.push({
        recipient: m[1],
        diagnostic: own.text,
        diagnosticRange: own.range,
        block: linesRange(lines, i, i),
        reason: reasonFromPhrases(own.text, TEXT) ?? fromSubject,
      });
    }
    return out;
  }),
};
