// Reading an article's front matter: what the knowledge index and the pages show as its id,
// title, summary and the codes it applies to.
import { describe, expect, it } from 'vitest';
import { metaOf, parseArticle } from './front-matter';

describe('parseArticle', () => {
  it('reads "key: value" lines between the two --- lines, and returns the rest as the body', () => {
    const { fields, body } = parseArticle(
      '---\n\nid: 5.1.1\ntitle: No: such user\n---\n\n## What happened\n',
    );
    expect(fields).toEqual({ id: '5.1.1', title: 'No: such user' });
    expect(body).toBe('\n## What happened\n');
  });

  it('copes with Windows line ends', () => {
    const { fields, body } = parseArticle('---\r\nid: x\r\nsummary: S\r\n---\r\n## Why\r\nBecause.\r\n');
    expect(fields).toEqual({ id: 'x', summary: 'S' });
    expect(body).toBe('## Why\nBecause.\n');
  });

  it('takes a text without front matter as all body', () => {
    expect(parseArticle('## Why\nBecause.')).toEqual({ fields: {}, body: '## Why\nBecause.' });
    expect(parseArticle('---\nid: x\nno closing line')).toEqual({
      fields: {},
      body: '---\nid: x\nno closing line',
    });
  });

  // BUG (minor): when the closing --- is the very last line (no newline after it), the body is
  // the whole file, front matter included, instead of empty: indexOf('\n') returns -1 and
  // slice(-1 + 1) keeps everything.
  it('gives an empty body when the file ends right after the front matter', () => {
    expect(parseArticle('---\nid: x\ntitle: T\n---').body).toBe('');
  });
});

describe('metaOf', () => {
  it('reads id, title, summary and the comma-separated applies keys', () => {
    const meta = metaOf(
      'codes/yahoo-tss04',
      '---\nid: yahoo-tss04\ntitle: Yahoo defers\nsummary: Later.\napplies: provider:yahoo,  code:TSS04 ,\n---\n',
    );
    expect(meta).toEqual({
      path: 'codes/yahoo-tss04',
      id: 'yahoo-tss04',
      title: 'Yahoo defers',
      summary: 'Later.',
      applies: ['provider:yahoo', 'code:TSS04'],
    });
  });

  it('falls back to the file name for the id, and to nothing for missing fields', () => {
    expect(metaOf('reasons/vacation', '## What happened\n')).toEqual({
      path: 'reasons/vacation',
      id: 'vacation',
      title: '',
      summary: '',
      applies: [],
    });
  });
});
