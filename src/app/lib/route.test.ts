// The pages live in the URL fragment: which page a link or a typed address opens.
import { ARTICLES } from 'virtual:knowledge-index';
import { describe, expect, it } from 'vitest';
import { kbLink, parseRoute } from './route';

describe('parseRoute', () => {
  it('opens the analyser for an empty fragment and for #/', () => {
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('#')).toEqual({ kind: 'home' });
    expect(parseRoute('#/')).toEqual({ kind: 'home' });
  });

  it('opens the list of explanations for #/kb, with or without a trailing slash', () => {
    expect(parseRoute('#/kb')).toEqual({ kind: 'kb', id: null });
    expect(parseRoute('#/kb/')).toEqual({ kind: 'kb', id: null });
  });

  it('opens one explanation for #/kb/<id>: reasons, status codes and provider codes', () => {
    expect(parseRoute('#/kb/mailboxfull')).toEqual({ kind: 'kb', id: 'mailboxfull' });
    expect(parseRoute('#/kb/5.7.26')).toEqual({ kind: 'kb', id: '5.7.26' });
    expect(parseRoute('#/kb/microsoft-5.7.606')).toEqual({ kind: 'kb', id: 'microsoft-5.7.606' });
    expect(parseRoute('#/kb/5.7.26/')).toEqual({ kind: 'kb', id: '5.7.26' });
  });

  it('reads back the link the app makes to every explanation', () => {
    expect(ARTICLES.length).toBeGreaterThan(0);
    for (const { id } of ARTICLES) expect(parseRoute(kbLink(id)), id).toEqual({ kind: 'kb', id });
  });

  it('falls back to the analyser for unknown or malformed paths', () => {
    for (const hash of [
      '#/settings',
      '#/kbx',
      '#/kb/a/b',
      '#kb',
      '#/KB',
      '#/kb/<script>',
      '#/kb/has space',
      `#/kb/${'x'.repeat(65)}`,
      '#/kb/../../etc',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ kind: 'home' });
    }
  });
});
