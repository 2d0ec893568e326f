// The support agent's tools under the verdict: copy a reply for the customer, copy a note for
// the ticket, start a new analysis.
import { useQueryClient } from '@tanstack/react-query';
import type { RecipientResult, Report } from '../../../core/types';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { articlesFor } from '../explain/articles';
import { articleQuery } from '../explain/Explanation';
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
    note: async (report: Report, result: RecipientResult) =>
      ticketNote(report, result, await articleFor(result)),
  };
}

export function AgentTools({
  report,
  result,
  onNew,
}: {
  report: Report;
  result: RecipientResult;
  onNew: () => void;
}) {
  const texts = useAgentTexts();
  return (
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
      <button type="button" className="btn-ghost" onClick={onNew} aria-keyshortcuts="N">
        <Icon name="plus" />
        New analysis
      </button>
    </div>
  );
}
