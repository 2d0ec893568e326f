// Joining what a mail system's reader found with the standard delivery-status fields of the
// same report: the reader's values stand, the DSN fills in whatever it left out.

import type { DsnReport } from './dsn/fields';
import { typedValue } from './dsn/fields';
import type { Finding } from './finding';

export function mergeFindings(findings: Finding[], dsn: DsnReport): Finding[] {
  // DSN entries by recipient, in order, so reports with many recipients merge in linear time.
  const byRecipient = new Map<string, Finding[]>();
  for (const d of dsn.recipients) {
    if (!d.recipient) continue;
    const list = byRecipient.get(d.recipient);
    if (list) list.push(d);
    else byRecipient.set(d.recipient, [d]);
  }
  const used = new Set<Finding>();
  const sameCount = findings.length === dsn.recipients.length;
  const take = (recipient: string | null | undefined): Finding | undefined => {
    if (!recipient) return undefined;
    const list = byRecipient.get(recipient.toLowerCase());
    const d = list?.find((x) => !used.has(x));
    return d;
  };
  const merged = findings.map((f, i) => {
    const match =
      take(f.recipient) ??
      (sameCount && !f.recipient ? dsn.recipients[i] : undefined) ??
      (dsn.recipients.length === 1 && findings.length === 1 ? dsn.recipients[0] : undefined);
    if (match) used.add(match);
    return withDefaults(f, match, dsn);
  });
  // Recipients only the delivery-status part lists still belong in the report.
  if (findings.every((f) => f.recipient)) {
    const seen = new Set(merged.map((m) => m.recipient));
    for (const d of dsn.recipients) {
      if (used.has(d) || !d.recipient || seen.has(d.recipient)) continue;
      seen.add(d.recipient);
      merged.push(withDefaults(d, undefined, dsn));
    }
  }
  return merged;
}

function withDefaults(f: Finding, d: Finding | undefined, dsn: DsnReport): Finding {
  const out: Finding = { ...f };
  if (d && d !== f) {
    out.recipient ??= d.recipient;
    out.alias ??= d.alias;
    out.action ??= d.action;
    out.status ??= d.status;
    if (!out.diagnostic && d.diagnostic) {
      out.diagnostic = d.diagnostic;
      out.diagnosticRange = d.diagnosticRange;
      out.diagnosticType ??= d.diagnosticType;
    }
    out.diagnosticType ??= d.diagnosticType;
    out.replyCode ??= d.replyCode;
    out.command ??= d.command;
    out.remoteHost ??= d.remoteHost;
    out.remoteIp ??= d.remoteIp;
    out.alsoIn = [...(f.alsoIn ?? []), ...(d.block ? [d.block] : [])];
  }
  out.fields = { ...dsn.perMessage, ...(d?.fields ?? {}), ...(f.fields ?? {}) };
  const reporting = dsn.perMessage['reporting-mta'];
  if (reporting) out.reportingHost ??= typedValue(reporting).value.split(/\s/)[0].toLowerCase();
  return out;
}
