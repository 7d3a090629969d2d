import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeTencentText } from '../src/decode-tencent-text.js';

it('takes fewer than 1 in 1,000 plain one-word subjects for base64', () => {
  const words = fc.sample(fc.stringMatching(/^[A-Z][a-z]{5,11}[0-9]{0,4}$/), { numRuns: 20_000, seed: 42 });
  const misread = words.filter((word) => decodeTencentText(word) !== word);
  expect(misread.length / words.length).toBeLessThan(0.001);
});

// Subjects as people write them: words in Chinese or English, joined by spaces and punctuation.
const word = fc.oneof(
  fc.stringMatching(/^[\u4e00-\u9fa5]{2,4}$/),
  fc.stringMatching(/^[A-Za-z][a-z]{2,8}[0-9]{0,2}$/),
);
const subjects = fc
  .tuple(word, fc.array(fc.tuple(fc.constantFrom(' ', '：', '，', ' - ', '（'), word), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.map(([separator, next]) => separator + next).join(''))
  .filter((subject) => subject.length >= 6);

it('decodes every base64 subject of 6 or more characters, padded or not', () => {
  fc.assert(
    fc.property(subjects, fc.boolean(), (subject, urlSafe) => {
      const encoded = Buffer.from(subject).toString(urlSafe ? 'base64url' : 'base64');
      expect(decodeTencentText(encoded)).toBe(subject);
    }),
  );
});
