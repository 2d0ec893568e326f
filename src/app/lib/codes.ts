// Explanations of a highlighted token: what a reply code or status code means, in a sentence.
import { REPLY_MEANINGS, STATUS_CLASSES, STATUS_DETAILS, STATUS_SUBJECTS } from '../../knowledge/smtp-codes';

export function explainReply(code: string): string {
  const meaning = REPLY_MEANINGS[code];
  const kind = code[0] === '5' ? 'a permanent failure' : code[0] === '4' ? 'a temporary failure' : 'success';
  return meaning
    ? `SMTP reply ${code}: ${meaning}. The first digit ${code[0]} means ${kind}.`
    : `SMTP reply ${code}: the first digit ${code[0]} means ${kind}.`;
}

export function explainStatus(code: string, inferred = false): string {
  const [cls, subject, detail] = code.split('.');
  const what = STATUS_DETAILS[`${subject}.${detail}`];
  const parts = [
    `Status ${code}${inferred ? ' (inferred: the report gave no code)' : ''}: ${STATUS_CLASSES[cls] ?? 'an unknown class'}`,
    `about ${STATUS_SUBJECTS[subject] ?? 'an unknown area'}`,
  ];
  const text = `${parts.join(', ')}${what ? ` — ${what}` : Number(detail) >= 100 ? ' — a code of the provider’s own (see the explanation below)' : ''}.`;
  return text;
}
