// The support agent's tools under the verdict: copy a reply for the customer, copy a note for
// the ticket, make a share link, start a new analysis.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { RecipientResult, Report } from '../../../core/types';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { articlesFor } from '../explain/articles';
import { articleQuery } from '../explain/Explanation';
import { buildLink } from '../share/build';
import { ShareControls, shareBase } from '../share/ShareControls';
import { customerReply, ticketNote } from './texts';

/** The builders behind the two copy buttons, for the buttons and for keyboard shortcuts alike. */
export function useAgentTexts() {
  const queryClient = useQueryClient();
  const articleFor = async (result: RecipientResult) => {
    const path = articlesFor(result)[0]?.path;
    if (!path) return null;
    try {
      return await queryClient.fetchQuery(articleQuery(path));
    } catch {
      return null;
    }
  };
  return {
    reply: async (result: RecipientResult) => customerReply(result, await articleFor(result)),
    note: async (report: Report, result: RecipientResult) => {
      // The note carries a link to the diagnosis, addresses masked, for whoever picks up the ticket.
      const link = await buildLink(
        report,
        { includeAddresses: false, includeOriginal: false },
        shareBase(),
      ).catch(() => null);
      return ticketNote(report, result, await articleFor(result), link?.url);
    },
  };
}

interface Props {
  report: Report;
  result: RecipientResult;
  onNew: () => void;
  canShare: boolean;
}

export function AgentTools({ report, result, onNew, canShare }: Props) {
  const texts = useAgentTexts();
  const [sharing, setSharing] = useState(false);
  useShareShortcut(canShare, () => setSharing(true));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Support tools">
        <CopyButton
          label="Copy reply to customer"
          what="Reply to customer"
          getText={() => texts.reply(result)}
          shortcut="C"
        />
        <CopyButton
          label="Copy ticket note"
          what="Ticket note"
          getText={() => texts.note(report, result)}
          shortcut="T"
        />
        {canShare && !sharing && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => setSharing(true)}
            aria-keyshortcuts="S"
          >
            <Icon name="link" />
            Share link
          </button>
        )}
        <button type="button" className="btn-ghost" onClick={onNew} aria-keyshortcuts="N">
          <Icon name="plus" />
          New analysis
        </button>
      </div>
      {canShare && sharing && <ShareControls report={report} />}
    </div>
  );
}

/** S opens the share panel (outside text fields), as the shortcuts dialog lists. */
function useShareShortcut(enabled: boolean, open: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key.toLowerCase() !== 's' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, open]);
}
