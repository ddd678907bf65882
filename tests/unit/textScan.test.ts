import { describe, expect, it } from 'vitest';
import { firstPart, isSpace } from '../../extension/engine/textScan';

describe('firstPart, the text up to a separator', () => {
  it('gives what split(...)[0] gives, with and without a separator in the text', () => {
    const separators = [/[;.]/u, /[,;.:—–(]/, /[;,.:—–]|(?<![\p{L}])(?:и|і|а|но|але)(?![\p{L}])/u, /[;,.:]|\b(?:and|but|while)\b/];
    const texts = ['', 'women and men', ' женщин и мужчин', 'мужчын, а потым', 'trio; of them', '; at the start', 'нет ни одного', 'candle', 'палітвязняў (з іх 5)'];
    for (const separator of separators) for (const text of texts) expect(firstPart(text, separator)).toBe(text.split(separator)[0]);
  });
});

describe('isSpace, a character code that is white space', () => {
  it('answers as /\\s/ for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
