// The sentence shown when an agent clicks a highlighted reply code or status code.
import { describe, expect, it } from 'vitest';
import { explainReply, explainStatus } from './codes';

describe('explainReply', () => {
  it('says what a known reply code means and whether its first digit is permanent or temporary', () => {
    const permanent = explainReply('550');
    expect(permanent).toMatch(/^SMTP reply 550: /);
    expect(permanent).toMatch(/mailbox is unavailable/);
    expect(permanent).toMatch(/first digit 5 means a permanent failure/);
    expect(explainReply('421')).toMatch(/first digit 4 means a temporary failure/);
    expect(explainReply('250')).toMatch(/means success/);
  });

  it('still explains the first digit of a code it does not know', () => {
    expect(explainReply('599')).toBe('SMTP reply 599: the first digit 5 means a permanent failure.');
  });
});

describe('explainStatus', () => {
  it('reads the three parts of an enhanced status code: class, subject, detail', () => {
    const text = explainStatus('5.1.1');
    expect(text).toMatch(/^Status 5\.1\.1: permanent failure/);
    expect(text).toMatch(/about addressing/);
    expect(text).toMatch(/mailbox does not exist/);
    expect(explainStatus('4.2.2')).toMatch(/^Status 4\.2\.2: temporary failure.*mailbox is full/);
  });

  it('says when the code was inferred because the report gave none', () => {
    expect(explainStatus('5.0.0', true)).toMatch(
      /^Status 5\.0\.0 \(inferred: the report gave no code\): permanent/,
    );
    expect(explainStatus('5.0.0')).not.toMatch(/inferred/);
  });

  it('points to the explanation for a provider’s own detail numbers (5.7.606)', () => {
    expect(explainStatus('5.7.606')).toMatch(/security or policy — a code of the provider’s own/);
  });

  it('ends every explanation with one full stop', () => {
    for (const code of ['5.1.1', '4.7.0', '5.7.606', '5.7.57', '2.0.0', '5.9.9']) {
      expect(explainStatus(code), code).toMatch(/[^.]\.$/);
    }
  });
});
