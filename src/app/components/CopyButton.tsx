// A button that copies text; the page's live region says whether it worked.
import { useAnnounce } from '../lib/announce';
import { Icon } from './Icon';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useCopy() {
  const announce = useAnnounce();
  return async (what: string, getText: () => Promise<string> | string) => {
    const ok = await copyText(await getText());
    announce(
      ok ? `${what} copied to the clipboard` : `Could not copy: the browser refused access to the clipboard`,
    );
  };
}

export function CopyButton({
  label,
  what,
  getText,
  shortcut,
}: {
  label: string;
  what: string;
  getText: () => Promise<string> | string;
  shortcut?: string;
}) {
  const copy = useCopy();
  return (
    <button
      type="button"
      className="btn-secondary"
      onClick={() => copy(what, getText)}
      aria-keyshortcuts={shortcut}
    >
      <Icon name="copy" />
      {label}
    </button>
  );
}
