// @vitest-environment jsdom
// The page as a support agent uses it: type a bounce, press Analyze, read the verdict, pick a
// recipient, tick the checklist, copy the texts, start again. The real engine runs on the page
// through the App's `analyzer` prop, because jsdom has no Web Worker.
//
// Stubs for what jsdom lacks (not part of the app):
// - `Worker`: an inert stand-in. The App still warms up its real worker on the first focus or
//   key press even when given an analyzer (see engine/analyzer.test.tsx); without the stand-in
//   that throws "Worker is not defined". It never receives a job here.
// - HTMLDialogElement.showModal/close: set or remove `open` and fire "close", as browsers do.
// - navigator.clipboard.writeText: records what was copied.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../core/analyze';
import { App } from './App';
import { analyzeHere } from './engine/client';
import { AnnounceProvider } from './lib/announce';

class InertWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  postMessage() {}
  terminate() {}
}

const copied: string[] = [];

beforeAll(() => {
  vi.stubGlobal('Worker', InertWorker);
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        copied.push(text);
      },
    },
  });
});

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(() => {
  copied.length = 0;
  window.location.hash = '';
});

function renderApp() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  // As main.tsx mounts it.
  return render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AnnounceProvider>
          <App analyzer={analyzeHere(analyze)} />
        </AnnounceProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

const box = () => screen.getByRole('textbox', { name: 'Bounce message' }) as HTMLTextAreaElement;

function typeAndAnalyze(text: string) {
  fireEvent.change(box(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
}

const diagnosis = () => screen.findByRole('region', { name: 'Diagnosis' });

/** The "What to do" steps of a knowledge article, read straight from its file. */
function stepsOf(path: string): string[] {
  const file = readFileSync(join(import.meta.dirname, '../knowledge', `${path}.md`), 'utf8');
  return file
    .split('\n')
    .filter((l) => l.startsWith('- [ ] '))
    .map((l) => l.slice(6).trim());
}

const USER_UNKNOWN =
  '550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown in virtual mailbox table';

const ORDINARY_EMAIL = `From: Ana <ana@example.org>
To: Ben <ben@example.net>
Subject: Lunch tomorrow?
Date: Mon, 2 Nov 2026 10:00:00 +0000
Message-ID: <lunch-1@example.org>

Hi Ben, shall we have lunch tomorrow at noon?
Ana
`;

const THREE_RECIPIENTS = `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 2 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered to some recipients.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; ghost@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <ghost@example.net>: User unknown

Final-Recipient: rfc822; full@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <full@example.com>: Mailbox full

Final-Recipient: rfc822; later@example.org
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 452 4.2.2 <later@example.org>: Mailbox full, will retry
--b1--
`;

describe('analysing a bounce', () => {
  it('typing a bounce and pressing Analyze shows the diagnosis: the verdict, the codes, who acts', async () => {
    renderApp();
    expect(screen.queryByRole('region', { name: 'Diagnosis' })).toBeNull();
    typeAndAnalyze(USER_UNKNOWN);
    const region = await diagnosis();
    const verdict = within(region).getByTestId('verdict');
    expect(verdict).toHaveTextContent(/ghost@example\.net was not delivered: .*address does not exist/);
    const summary = within(region).getByRole('list', { name: 'Summary' });
    expect(summary).toHaveTextContent('Hard bounce');
    expect(summary).toHaveTextContent('550 5.1.1');
    expect(within(verdict).getByText(/Who must act/).parentElement).toHaveTextContent(/sender/i);
    // The box keeps what was typed.
    expect(box().value).toBe(USER_UNKNOWN);
    // The tab's title carries the verdict.
    expect(document.title).toMatch(/Hard bounce/);
    expect(document.title).toContain('ghost@example.net');
  });

  it('highlights the reply code, the status and the recipient in the bounce, and explains them', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    const region = await diagnosis();
    const marks = [...region.querySelectorAll('pre mark')].map((m) => [
      m.getAttribute('data-kind'),
      m.textContent,
    ]);
    expect(marks).toEqual(
      expect.arrayContaining([
        ['reply', '550'],
        ['status', '5.1.1'],
        ['recipient', 'ghost@example.net'],
      ]),
    );
    // The whole bounce is shown, once.
    expect(region.querySelector('pre')?.textContent).toBe(USER_UNKNOWN);
    const reply = within(region).getByRole('button', { name: /^550: .*explain$/ });
    fireEvent.click(reply);
    expect(reply).toHaveAttribute('aria-expanded', 'true');
    expect(within(region).getByText(/SMTP reply 550/)).toHaveTextContent(/permanent failure/);
  });

  it('an empty Analyze shows an alert and leaves the box as it was', async () => {
    renderApp();
    const blank = '   \n\t  ';
    typeAndAnalyze(blank);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/nothing to analyse/i);
    expect(box().value).toBe(blank);
    expect(box()).toHaveFocus();
    expect(box()).toHaveAccessibleDescription(/nothing to analyse/i);
    expect(screen.queryByRole('region', { name: 'Diagnosis' })).toBeNull();
  });

  it('an ordinary email is reported as not a bounce, and the text stays in the box', async () => {
    renderApp();
    typeAndAnalyze(ORDINARY_EMAIL);
    const region = await diagnosis();
    expect(within(region).getByText('This is not a bounce')).toBeInTheDocument();
    expect(within(region).getByText(/ordinary email/)).toBeInTheDocument();
    expect(within(region).queryByRole('list', { name: 'Summary' })).toBeNull();
    expect(within(region).queryByRole('region', { name: 'Fix checklist' })).toBeNull();
    expect(box().value).toBe(ORDINARY_EMAIL);
  });
});

describe('several recipients in one report', () => {
  it('lists every recipient with its own verdict and codes; picking one shows its verdict', async () => {
    renderApp();
    typeAndAnalyze(THREE_RECIPIENTS);
    const region = await diagnosis();
    const table = within(region).getByRole('table', { name: /Recipients \(3\)/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const row = (address: string) => {
      const found = rows.find((r) => within(r).queryByRole('rowheader', { name: address }));
      expect(found, address).toBeDefined();
      return found as HTMLElement;
    };
    expect(row('ghost@example.net')).toHaveTextContent('Hard bounce');
    expect(row('ghost@example.net')).toHaveTextContent('550 5.1.1');
    expect(row('full@example.com')).toHaveTextContent('552 5.2.2');
    expect(row('full@example.com')).not.toHaveTextContent('Hard bounce');
    expect(row('later@example.org')).toHaveTextContent('Delayed');
    expect(row('later@example.org')).toHaveTextContent('452 4.2.2');

    // The first recipient is shown in detail; picking another one shows its verdict instead.
    const headline = () => within(region).getByTestId('verdict');
    expect(headline()).toHaveTextContent(/ghost@example\.net was not delivered/);
    const pick = within(row('later@example.org')).getByRole('button', { name: 'later@example.org' });
    fireEvent.click(pick);
    expect(pick).toHaveAttribute('aria-current', 'true');
    expect(headline()).toHaveTextContent(/later@example\.org is delayed/);
    expect(headline()).not.toHaveTextContent('ghost@example.net');

    // J moves to the next recipient (wrapping round), K back.
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(headline()).toHaveTextContent(/ghost@example\.net/);
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(headline()).toHaveTextContent(/later@example\.org/);
  });
});

describe('the fix checklist and the support tools', () => {
  it('lists the explanation’s steps as checkboxes that can be ticked and unticked', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    const checklist = await screen.findByRole('region', { name: 'Fix checklist' });
    const boxes = within(checklist).getAllByRole('checkbox');
    // A 550 5.1.1 is explained by the 5.1.1 article; its steps are the checklist.
    const steps = stepsOf('codes/5.1.1');
    // Each checkbox is named by its step (its label).
    for (const [i, step] of steps.entries()) expect(boxes[i]).toHaveAccessibleName(step);
    expect(boxes).toHaveLength(steps.length);
    expect(checklist).toHaveTextContent(`0 of ${steps.length} done`);
    for (const b of boxes) expect(b).not.toBeChecked();

    fireEvent.click(within(checklist).getByRole('checkbox', { name: steps[1] }));
    expect(within(checklist).getByRole('checkbox', { name: steps[1] })).toBeChecked();
    expect(within(checklist).getByRole('checkbox', { name: steps[0] })).not.toBeChecked();
    expect(checklist).toHaveTextContent(`1 of ${steps.length} done`);

    fireEvent.click(within(checklist).getByRole('checkbox', { name: steps[1] }));
    expect(within(checklist).getByRole('checkbox', { name: steps[1] })).not.toBeChecked();
    expect(checklist).toHaveTextContent(`0 of ${steps.length} done`);
  });

  it('“Copy reply to customer” copies a plain-text reply naming the recipient, and says so', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    const region = await diagnosis();
    await within(region).findByRole('region', { name: 'Fix checklist' });
    fireEvent.click(within(region).getByRole('button', { name: 'Copy reply to customer' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toContain('ghost@example.net');
    expect(copied[0]).toMatch(/^1\. /m);
    expect(copied[0]).not.toMatch(/\*\*|`|^#/m);
    expect(await screen.findByText('Reply to customer copied to the clipboard')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('“Copy ticket note” copies a Markdown note with the codes and the steps as tasks', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    const region = await diagnosis();
    fireEvent.click(within(region).getByRole('button', { name: 'Copy ticket note' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toMatch(/^### /);
    expect(copied[0]).toContain('550 5.1.1');
    for (const step of stepsOf('codes/5.1.1')) expect(copied[0]).toContain(`- [ ] ${step}`);
  });

  it('New analysis clears the box and the diagnosis and puts the cursor back in the box', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    const region = await diagnosis();
    fireEvent.click(within(region).getByRole('button', { name: 'New analysis' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Diagnosis' })).toBeNull());
    expect(box().value).toBe('');
    expect(box()).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).not.toContain('ghost@example.net');
  });

  it('a ticked checklist starts fresh for the next bounce', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    const first = await screen.findByRole('region', { name: 'Fix checklist' });
    fireEvent.click(within(first).getAllByRole('checkbox')[0]);
    expect(first).toHaveTextContent(/^1 of/);
    fireEvent.click(within(await diagnosis()).getByRole('button', { name: 'New analysis' }));
    typeAndAnalyze(USER_UNKNOWN.replace('ghost@', 'phantom@'));
    await screen.findByText(/phantom@example\.net was not delivered/);
    const again = await screen.findByRole('region', { name: 'Fix checklist' });
    for (const b of within(again).getAllByRole('checkbox')) expect(b).not.toBeChecked();
    expect(again).toHaveTextContent(/^0 of/);
  });
});

describe('keyboard shortcuts', () => {
  it('“?” opens the list of shortcuts in a dialog, and Close closes it', async () => {
    renderApp();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent(/New analysis/);
    expect(dialog).toHaveTextContent(/Copy the reply to the customer/);
    expect(within(dialog).getAllByRole('term').length).toBeGreaterThan(5);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('the “? Shortcuts” button in the header opens the same dialog', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: /shortcuts/i }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('typing “?” in the text box types it, and opens nothing', () => {
    renderApp();
    fireEvent.keyDown(box(), { key: '?' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('N starts a new analysis from anywhere outside the box', async () => {
    renderApp();
    typeAndAnalyze(USER_UNKNOWN);
    await diagnosis();
    fireEvent.keyDown(document.body, { key: 'n' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Diagnosis' })).toBeNull());
    expect(box().value).toBe('');
  });
});

describe('examples and the knowledge pages', () => {
  it('picking an example puts its text in the box and analyses it', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: /Unknown user at Gmail/ }));
    const region = await diagnosis();
    const example = readFileSync(
      join(import.meta.dirname, 'features/input/examples/gmail-unknown-user.eml'),
      'utf8',
    );
    expect(box().value).toBe(example);
    const verdict = within(region).getByTestId('verdict');
    expect(verdict).toHaveTextContent(/was not delivered/);
    expect(within(verdict).getByRole('list', { name: 'Summary' })).toHaveTextContent('5.1.1');
  });

  it('#/kb/<id> shows that explanation with its checklist; an unknown id says so and lists them all', async () => {
    window.location.hash = '#/kb/5.1.1';
    const { unmount } = renderApp();
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent(/address you wrote to does not exist/i);
    const checklist = await screen.findByRole('region', { name: 'Fix checklist' });
    expect(within(checklist).getAllByRole('checkbox')).toHaveLength(stepsOf('codes/5.1.1').length);
    unmount();

    window.location.hash = '#/kb/no-such-code';
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/no explanation called “no-such-code”/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All explanations');
    const articleFiles = ['reasons', 'codes'].flatMap((dir) =>
      readdirSync(join(import.meta.dirname, '../knowledge', dir)).filter((f) =>
        /^(?!INDEX|README).*\.md$/.test(f),
      ),
    );
    const listed = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('#/kb/'));
    expect(listed).toHaveLength(articleFiles.length);
    expect(screen.getByRole('link', { name: /recipient's address does not exist/i })).toHaveAttribute(
      'href',
      '#/kb/userunknown',
    );
  });
});
