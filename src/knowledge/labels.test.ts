// The plain words the page, the customer reply and the ticket note use for reasons and actors.
import { describe, expect, it } from 'vitest';
import { REASONS } from '../core/types';
import { ACTOR_LABELS, REASON_LABELS, SPAN_LABELS } from './labels';

describe('labels', () => {
  it('every reason has words that finish a sentence after a colon (lower case, no full stop)', () => {
    for (const reason of REASONS) {
      const label = REASON_LABELS[reason];
      expect(label, reason).toMatch(/^[a-z]/);
      expect(label, reason).not.toMatch(/[.\s]$/);
      expect(label.length, reason).toBeGreaterThan(10);
    }
    expect(Object.keys(REASON_LABELS).sort()).toEqual([...REASONS].sort());
  });

  it('every actor has a badge and a phrase that can follow “Who needs to act:”', () => {
    for (const [actor, { badge, sentence }] of Object.entries(ACTOR_LABELS)) {
      expect(badge, actor).toMatch(/^[A-Z]/);
      expect(sentence, actor).toMatch(/^[a-z]/);
      expect(sentence, actor).not.toMatch(/\.$/);
    }
  });

  it('every highlight kind has a name for the legend', () => {
    for (const kind of ['reply', 'status', 'server', 'recipient', 'diagnostic'] as const) {
      expect(SPAN_LABELS[kind].length).toBeGreaterThan(3);
    }
  });
});
