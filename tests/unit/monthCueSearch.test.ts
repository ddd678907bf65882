import { describe, expect, it } from 'vitest';
import { MONTH_CUE_CY } from '../../extension/engine/cyrillic';
import { monthCueMatchesCy } from '../../extension/engine/extract';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

describe('the Cyrillic month cues, searched from a little before each month word', () => {
  it('finds the matches the pattern finds at every position, with the words before a month kept', () => {
    const texts = [
      'месяц: конец июля; помилованы 18',
      'месяц:июль',
      'в      начале      августа вышли 30, а 12 сентября ещё 20',
      'з пачатку ліпеня і ў жніўні — 18, у снежні - студзені 20',
      'сакавіка ўказ і сакавіцкі ўказ, залютага, 5 мая и маю',
      'в 2024 году, с июля, от августа до 3  октября, ад лістапада',
      'помиловал 32 человек, более двести из них женщин в августе политзаключенных',
    ];
    for (const text of texts) expect(spans(monthCueMatchesCy(text))).toEqual(spans(text.matchAll(MONTH_CUE_CY)));
  });
});
