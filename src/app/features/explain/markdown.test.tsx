// @vitest-environment jsdom
// The articles' small Markdown: the four sections, and inline bold, code and https links built
// as React elements. Article text is never inserted as HTML.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inline, parseSections } from './markdown';

const BODY = `
## What happened

Your message reached the right server,
but it has no such mailbox.

This is a **hard bounce**.

## Why

The usual reasons:

- a typo in the name;
- the person left.

## What to do

- [ ] Check the address.
- [ ] Ask the person for the \`current\` address.
- [ ] Remove it from your lists.

## For admins

Look for \`550 5.1.1\` at [the registry](https://www.iana.org/assignments/smtp-enhanced-status-codes).
`;

describe('parseSections', () => {
  const sections = parseSections(BODY);

  it('splits an article into its four sections, in order', () => {
    expect(sections.map((s) => s.heading)).toEqual(['What happened', 'Why', 'What to do', 'For admins']);
  });

  it('joins the lines of a paragraph and keeps paragraphs apart', () => {
    expect(sections[0].blocks).toEqual([
      { kind: 'paragraph', text: 'Your message reached the right server, but it has no such mailbox.' },
      { kind: 'paragraph', text: 'This is a **hard bounce**.' },
    ]);
  });

  it('reads "- " lines as a list and "- [ ] " lines as a checklist of steps', () => {
    expect(sections[1].blocks).toEqual([
      { kind: 'paragraph', text: 'The usual reasons:' },
      { kind: 'list', items: ['a typo in the name;', 'the person left.'] },
    ]);
    expect(sections[2].blocks).toEqual([
      {
        kind: 'checklist',
        items: [
          'Check the address.',
          'Ask the person for the `current` address.',
          'Remove it from your lists.',
        ],
      },
    ]);
  });

  it('ignores text before the first section and copes with Windows line ends', () => {
    const parsed = parseSections('stray line\r\n## Why\r\n\r\nBecause.\r\n');
    expect(parsed).toEqual([{ heading: 'Why', blocks: [{ kind: 'paragraph', text: 'Because.' }] }]);
  });
});

const renderInline = (text: string) => render(<p data-testid="line">{inline(text)}</p>);

describe('inline', () => {
  it('renders **bold** as strong text and `code` as code, keeping the words around them', () => {
    renderInline('This is a **hard bounce**: look for `550 5.1.1` in the reply.');
    const line = screen.getByTestId('line');
    expect(line).toHaveTextContent('This is a hard bounce: look for 550 5.1.1 in the reply.');
    expect(line.querySelector('strong')).toHaveTextContent(/^hard bounce$/);
    expect(line.querySelector('code')).toHaveTextContent(/^550 5\.1\.1$/);
    expect(line.textContent).not.toMatch(/[*`]/);
  });

  it('renders an https link as a link that opens safely in a new tab', () => {
    renderInline('Delist at [sender.office.com](https://sender.office.com) once the cause is gone.');
    const link = screen.getByRole('link', { name: 'sender.office.com' });
    expect(link).toHaveAttribute('href', 'https://sender.office.com');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toMatch(/noopener/);
    expect(screen.getByTestId('line')).toHaveTextContent(
      'Delist at sender.office.com once the cause is gone.',
    );
  });

  it('never renders HTML: tags in article text come out as the text itself', () => {
    const text =
      'Run <script>alert(1)</script> or <img src=x onerror="alert(2)"> and <a href="https://evil.example">this</a> **<b>now</b>**';
    renderInline(text);
    const line = screen.getByTestId('line');
    expect(line.querySelector('script, img, a, b')).toBeNull();
    expect(line).toHaveTextContent('<script>alert(1)</script>');
    expect(line).toHaveTextContent('<img src=x onerror="alert(2)">');
    expect(line.querySelector('strong')).toHaveTextContent('<b>now</b>');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('leaves links that are not https as plain text', () => {
    for (const target of [
      'http://example.com',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative',
    ]) {
      const { unmount } = renderInline(`See [the page](${target}) please.`);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByTestId('line')).toHaveTextContent(`See [the page](${target}) please.`);
      unmount();
    }
  });

  it('keeps plain text as it is', () => {
    expect(inline('Nothing special here.')).toEqual(['Nothing special here.']);
    expect(inline('')).toEqual([]);
  });
});
