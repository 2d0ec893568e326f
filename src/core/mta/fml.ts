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
  linesRange,
  MAX_RECIPIENTS,
  type PhraseTable,
  reasonFromPhrases,
  subjectMatches,
} from './common';
import type { MailSystem } from './types';

const ORIGINAL = /^Original mail as follows:\s*$/;
const LINE = /<([^<>\s]{1,256}@[^<>\s]{1,256})>\.\s*$/;
const ML_SUBJECT = /\(\S{1,100} ML\)\s*$/;

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
  read(doc) {
    try {
      const lines = doc.lines;
      const out: Finding[] = [];
      for (let i = 0; i < lines.length && out.length < MAX_RECIPIENTS; i++) {
        const t = lines[i].text;
        if (ORIGINAL.test(t)) break;
        const m = t.length < 1000 ? LINE.exec(t) : null;
        if (!m) continue;
        const lead = t.length - t.trimStart().length;
        const text = t.trim();
        out.push({
          recipient: m[1],
          diagnostic: text,
          diagnosticRange: { start: lines[i].start + lead, end: lines[i].start + lead + text.length },
          block: linesRange(lines, i, i),
          reason: reasonFromPhrases(text, TEXT) ?? SUBJECT.find(([, re]) => subjectMatches(doc, re))?.[0],
        });
      }
      return out;
    } catch {
      return [];
    }
  },
};
