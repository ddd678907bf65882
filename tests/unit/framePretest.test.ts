import { describe, expect, it } from 'vitest';
import { frameOf, type FrameInput } from '../../extension/engine/frame';

/** The frame of the figure "52" in a lower-cased sentence of its own. */
const frameOf52 = (lower: string) => {
  const start = lower.indexOf('52');
  const input: FrameInput = { kind: 'round_size', lower, start, end: start + 2, previous: '', position: 'body', monthCue: false, otherTime: false, listUnderRelease: false, releaseBefore: true };
  return frameOf(input);
};

describe('the frame\'s pre-test (looseOf), without the optional word a rule opens with', () => {
  it('still finds a span of months named with or without that word', () => {
    // the rule "(?:the )?(?:deals|…) (?:of|in) <month> and <month>" (lang/en.ts, period): its pre-test drops "(?:the )?"
    for (const lower of ['the deals of june and september freed 52 people', 'deals of june and september freed 52 people', 'the releases in may and july, 52 people']) {
      expect(frameOf52(lower).time).toMatchObject({ value: 'period', certainty: 'stated' });
    }
    expect(frameOf52('in june he freed 52 people').time.value).not.toBe('period');
  });
});
