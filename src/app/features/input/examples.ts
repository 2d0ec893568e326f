// The examples gallery: the bounces people meet most. The texts are loaded when picked.

export interface Example {
  file: string;
  title: string;
  hint: string;
}

export const EXAMPLES: Example[] = [
  {
    file: 'gmail-unknown-user',
    title: 'Unknown user at Gmail',
    hint: '550 5.1.1 — the address does not exist',
  },
  {
    file: 'microsoft365-banned-ip',
    title: 'Microsoft 365 rejection',
    hint: '550 5.7.606 — sending IP banned',
  },
  { file: 'yahoo-deferral', title: 'Yahoo deferral', hint: '421 4.7.0 [TSS04] — delivery delayed' },
  { file: 'gmail-mailbox-full', title: 'Full mailbox', hint: '552 5.2.2 — out of storage' },
  {
    file: 'gmail-dmarc-unauthenticated',
    title: 'SPF / DMARC failure',
    hint: '550 5.7.26 — unauthenticated sender',
  },
  { file: 'blocklisted-ip', title: 'Blocklisted IP', hint: '554 5.7.1 — listed on a DNS blocklist' },
  { file: 'domain-not-found', title: 'Domain does not exist', hint: 'Host or domain name not found' },
  { file: 'message-too-large', title: 'Message too large', hint: '552 5.3.4 — over the size limit' },
  { file: 'auto-reply', title: 'Out-of-office reply', hint: 'Not a bounce at all' },
];

const TEXTS = import.meta.glob('./examples/*.eml', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export async function loadExample(file: string): Promise<string> {
  const load = TEXTS[`./examples/${file}.eml`];
  if (!load) throw new Error(`There is no example ${file}.`);
  return load();
}
