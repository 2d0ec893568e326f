// The texts a support agent copies: a plain-language reply for the customer, and a Markdown
// note for the ticket. Both are built from the same verdict the page shows.

import type { RecipientResult, Report } from '../../../core/types';
import { codesOf, verdictOf } from '../../lib/verdict';
import type { Article } from '../explain/articles';

/** Markdown inline markup → plain text ("**bold**" → "bold", "[text](url)" → "text (url)"). */
export function plain(text: string): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '$1 ($2)');
}

function steps(article: Article | null): string[] {
  const section = article?.sections.find((s) => s.heading.toLowerCase() === 'what to do');
  return section?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : [])) ?? [];
}

function serverLine(r: RecipientResult): string | null {
  const host = r.remoteServer?.host ?? r.remoteServer?.ip;
  return host ? `${host}${r.remoteServer?.host && r.remoteServer.ip ? ` [${r.remoteServer.ip}]` : ''}` : null;
}

export function customerReply(r: RecipientResult, article: Article | null): string {
  const v = verdictOf(r);
  const lines = [
    'Hello,',
    '',
    'Thank you for sending us the bounce message. Here is what it says:',
    '',
    v.headline,
    v.addressNote,
  ];
  lines.push(
    `Who needs to act: ${v.whoSentence}${v.secondWho ? ` (if that does not help: ${v.secondWho.toLowerCase()})` : ''}.`,
  );
  const todo = steps(article);
  if (todo.length) {
    lines.push('', 'What you can do:');
    for (const [i, step] of todo.entries()) lines.push(`${i + 1}. ${plain(step)}`);
  }
  if (r.diagnosticText)
    lines.push('', `For reference, the receiving server said: "${r.diagnosticText.slice(0, 400)}"`);
  lines.push('', 'Best regards,');
  return lines.join('\n');
}

export function ticketNote(
  report: Report,
  r: RecipientResult,
  article: Article | null,
  link?: string,
): string {
  const v = verdictOf(r);
  const row = (label: string, value: string | null | undefined) =>
    value ? `- **${label}:** ${value}` : null;
  const lines = [
    `### Bounce: ${v.kind.toLowerCase()} — ${r.reason}`,
    '',
    v.headline,
    '',
    row('Recipient', r.recipient ? `\`${r.recipient}\`` : 'unknown'),
    row('Codes', codesOf(r) || null),
    row(
      'Reason',
      `${r.reason}${r.permanence ? ` (${r.permanence}, ${r.hardBounce ? 'hard' : 'soft'})` : ''}`,
    ),
    row('Refused by', serverLine(r)),
    row('Provider', r.provider),
    row(
      'Reported by',
      report.mailSystem
        ? `${report.mailSystem}${r.reportingServer?.host ? ` (${r.reportingServer.host})` : ''}`
        : r.reportingServer?.host,
    ),
    row('SMTP step', r.smtpCommand),
    row('Who must act', `${v.who}${v.secondWho ? `, then ${v.secondWho}` : ''}`),
    row('Explanation', article?.meta.title),
    row('Link', link),
  ].filter((l): l is string => l !== null);
  if (r.diagnosticText) lines.push('', `> ${r.diagnosticText.slice(0, 1000)}`);
  const todo = steps(article);
  if (todo.length) lines.push('', '**Next steps**', ...todo.map((s) => `- [ ] ${s}`));
  return lines.join('\n');
}
