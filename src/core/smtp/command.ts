// The SMTP step a failure happened at, as mail systems phrase it.

import { SMTP_COMMANDS, type SmtpCommand } from '../types';

export function asCommand(word: string | undefined | null): SmtpCommand | null {
  if (!word) return null;
  const w = word.toUpperCase();
  if (w === 'END' || w === 'END OF DATA' || w === '.') return 'DATA';
  if (w === 'MAIL FROM') return 'MAIL';
  if (w === 'RCPT TO') return 'RCPT';
  return (SMTP_COMMANDS as readonly string[]).includes(w) ? (w as SmtpCommand) : null;
}

// "(in reply to RCPT TO command)" (Postfix), "after RCPT TO:" (Exim), ">>> DATA" (Sendmail
// transcripts), "after end of data", "in reply to end of DATA command", "while talking to".
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/in reply to (?:end of )?(DATA|RCPT|MAIL|EHLO|HELO|STARTTLS|AUTH|QUIT|BDAT)\b/i, (m) => m[1]],
  [/in reply to end of data/i, () => 'DATA'],
  [/after (?:end of )?(?:the )?(DATA|RCPT|MAIL|EHLO|HELO|STARTTLS|AUTH|BDAT)\b/i, (m) => m[1]],
  [/after end of (?:data|message)/i, () => 'DATA'],
  [/^\s*>>>\s*(MAIL|RCPT|DATA|EHLO|HELO|STARTTLS|AUTH|QUIT|BDAT)\b/im, (m) => m[1]],
  [/\b(RCPT TO|MAIL FROM)\b/i, (m) => m[1]],
];

export function findCommand(text: string): SmtpCommand | null {
  for (const [re, pick] of PATTERNS) {
    const m = re.exec(text);
    if (m) return asCommand(pick(m));
  }
  return null;
}
