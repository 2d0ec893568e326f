// How the CLI prints an analysis: one NDJSON line per input file (the SCHEMA.md shape with
// extra fields), or a short readable summary.

import type { Analysis, RecipientResult } from '../core/types';

export interface FileOutcome {
  file: string;
  analysis?: Analysis;
  /** Set when the file could not be read at all. */
  error?: string;
}

function schemaResult(r: RecipientResult) {
  return {
    recipient: r.recipient,
    status: r.status,
    replyCode: r.replyCode,
    reason: r.reason,
    hardBounce: r.hardBounce,
    statusInferred: r.statusInferred,
    action: r.action,
    permanence: r.permanence,
    provider: r.provider,
    whoMustAct: r.whoMustAct,
    remoteServer: r.remoteServer,
    smtpCommand: r.smtpCommand,
    diagnosticText: r.diagnosticText,
  };
}

export function ndjsonLine(outcome: FileOutcome): string {
  const reports = outcome.analysis?.reports ?? [];
  const problems = [
    ...(outcome.analysis?.problems ?? []),
    ...reports.flatMap((r) => r.problems),
    ...(outcome.error ? [{ code: 'unreadable', message: outcome.error }] : []),
  ];
  return JSON.stringify({
    file: outcome.file,
    results: reports.flatMap((r) => r.results.map(schemaResult)),
    mailSystem: reports.find((r) => r.mailSystem)?.mailSystem ?? null,
    ...(problems.length ? { problems } : {}),
  });
}

const ACTOR_WORDS: Record<string, string> = {
  sender: 'the sender',
  senderAdmin: "the sender's email admin",
  recipient: 'the recipient',
  recipientAdmin: "the recipient's email admin",
  nobody: 'nobody (it will be retried)',
};

export function summaryText(outcome: FileOutcome): string {
  const lines = [`${outcome.file}`];
  if (outcome.error) return `${lines[0]}\n  cannot read: ${outcome.error}\n`;
  const analysis = outcome.analysis as Analysis;
  for (const p of analysis.problems) lines.push(`  ${p.message}`);
  analysis.reports.forEach((report, i) => {
    const prefix = analysis.reports.length > 1 ? `  message ${i + 1}: ` : '  ';
    if (report.mailSystem) lines.push(`${prefix}report written by ${report.mailSystem}`);
    for (const p of report.problems) lines.push(`${prefix}${p.message}`);
    for (const r of report.results) {
      const code = [r.replyCode, r.statusInferred ? `${r.status} (inferred)` : r.status]
        .filter(Boolean)
        .join(' ');
      const kind = r.permanence ? `${r.permanence}, ${r.hardBounce ? 'hard' : 'soft'}` : 'not a failure';
      lines.push(
        `${prefix}${r.recipient ?? '(recipient unknown)'}: ${r.reason} — ${kind}${code ? ` — ${code}` : ''}`,
      );
      if (r.remoteServer)
        lines.push(
          `      refused by ${[r.remoteServer.host, r.remoteServer.ip && `[${r.remoteServer.ip}]`].filter(Boolean).join(' ')}`,
        );
      if (r.diagnosticText) lines.push(`      "${r.diagnosticText.slice(0, 300)}"`);
      const who =
        r.permanence === null && r.whoMustAct.primary === 'nobody'
          ? 'nobody'
          : ACTOR_WORDS[r.whoMustAct.primary];
      const then = r.whoMustAct.secondary ? `, then ${ACTOR_WORDS[r.whoMustAct.secondary]}` : '';
      lines.push(`      who acts: ${who}${then}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
