import { describe, expect, it } from 'vitest';
import { collapse, reflow } from './reflow';

describe('reflow', () => {
  it('joins hard-wrapped lines with single spaces', () => {
    expect(reflow(['The minister  said that', '  the talks would go on.'])).toBe(
      'The minister said that the talks would go on.',
    );
  });

  it('mends words broken at a line end', () => {
    expect(reflow(['the negoti-', 'ations and the counter-', 'terrorism talks'])).toBe(
      'the negotiations and the counter-terrorism talks',
    );
  });

  it('mends a reason code and a bracket wrapped apart', () => {
    expect(reflow(['Classified by the DCM for reasons 1.', '4 (b) and (d).'])).toBe(
      'Classified by the DCM for reasons 1.4 (b) and (d).',
    );
    expect(reflow(['reasons 1.4(b) and (', 'd).'])).toBe('reasons 1.4(b) and (d).');
  });

  it('ignores blank lines and keeps a lone line as it is', () => {
    expect(reflow(['', 'One line.', ''])).toBe('One line.');
    expect(reflow([])).toBe('');
  });

  it('collapses whitespace', () => {
    expect(collapse('  a \n\t b  ')).toBe('a b');
  });
});
