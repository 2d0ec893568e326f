// Every detail for the curious and for admins: the delivery-status fields, the servers, the
// SMTP step, the provider, the times and the message that bounced.
import type { RecipientResult, Report } from '../../../core/types';

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div className="grid grid-cols-1 gap-1 py-1.5 sm:grid-cols-[12rem_1fr]">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="break-words font-mono text-[13px]">{value}</dd>
    </div>
  );
}

const server = (s: RecipientResult['remoteServer']) =>
  s ? [s.host, s.ip && `[${s.ip}]`].filter(Boolean).join(' ') : null;

export function Details({ report, result }: { report: Report; result: RecipientResult }) {
  const fields = Object.entries(result.fields);
  return (
    <details className="card group p-4 sm:p-5">
      <summary className="cursor-pointer select-none text-base font-semibold">Technical details</summary>
      <dl className="mt-3 divide-y divide-slate-100 text-sm dark:divide-slate-800">
        <Row label="Recipient" value={result.recipient} />
        <Row label="Original recipient" value={result.originalRecipient} />
        <Row label="Action" value={result.action} />
        <Row
          label="Status code"
          value={
            result.status
              ? `${result.status}${result.statusInferred ? ' (inferred from the class: the report gave no code)' : ''}`
              : null
          }
        />
        <Row label="SMTP reply code" value={result.replyCode} />
        <Row label="SMTP step" value={result.smtpCommand} />
        <Row
          label="Reason"
          value={`${result.reason}${result.permanence ? ` — ${result.permanence}, ${result.hardBounce ? 'hard' : 'soft'} bounce` : ''}`}
        />
        <Row label="Refusing server" value={server(result.remoteServer)} />
        <Row label="Reporting server" value={server(result.reportingServer)} />
        <Row label="Report written by" value={report.mailSystem} />
        <Row label="Receiving provider" value={result.provider} />
        <Row label="Feedback type" value={result.feedbackType} />
        <Row label="Bounce date" value={report.message.date} />
        <Row label="Bounce subject" value={report.message.subject} />
        <Row label="Original subject" value={report.original?.subject} />
        <Row label="Original sender" value={report.original?.from} />
        <Row label="Original recipients" value={report.original?.to} />
        <Row label="Original date" value={report.original?.date} />
        <Row label="Original Message-ID" value={report.original?.messageId} />
        <Row label="Evidence" value={result.evidence.map((e) => `${e.rule} — ${e.detail}`).join('; ')} />
      </dl>
      {fields.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">Delivery-status fields</h4>
          <dl className="mt-1 divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {fields.map(([name, value]) => (
              <Row
                key={name}
                label={name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase())}
                value={value}
              />
            ))}
          </dl>
        </>
      )}
    </details>
  );
}
