import type { ReasonPhrases } from './types';

// A local delivery program (procmail, maildrop, a pipe) failed on the receiving host.
export const mailererror: ReasonPhrases = {
  reason: 'mailererror',
  phrases: [
    'procmail: ',
    'bin/procmail',
    'bin/maildrop',
    'command failed: ',
    'command output:',
    'mailer error',
    'pipe to |/',
  ],
  patterns: [/command died with status \d/, /\bexit \d/, /x-unix; \d/],
};
