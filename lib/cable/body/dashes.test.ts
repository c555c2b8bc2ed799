import { describe, expect, it } from 'vitest';
import { restoreDashes } from './dashes';

describe('dashes written as a closing parenthesis', () => {
  it('restores a spaced ) that closes nothing as --', () => {
    expect(restoreDashes('Minister of Fisheries ) Jane Roe')).toBe('Minister of Fisheries -- Jane Roe');
    expect(restoreDashes('In the weeks before ) and since ) the vote, talks stalled.')).toBe(
      'In the weeks before -- and since -- the vote, talks stalled.',
    );
  });

  it('leaves parentheses that close, and ) glued to a word, alone', () => {
    for (const text of ['The talks (in Narnia ) went well.', 'He named a) trade and b) fish.', 'Plain text.'])
      expect(restoreDashes(text)).toBe(text);
    expect(restoreDashes('Ports (see para 3) ) reopen.')).toBe('Ports (see para 3) -- reopen.');
  });
});
