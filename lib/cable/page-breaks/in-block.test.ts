import { describe, expect, it } from 'vitest';
import { offsetsInBlock } from './in-block';

/** The source with the break at `|`, and the block's reflowed text. */
function place(written: string, blockText: string): number | null {
  const pos = written.indexOf('|');
  const source = written.replace('|', '');
  return offsetsInBlock(source, 0, source.length, [pos], blockText)[0] ?? null;
}

describe('where a page break fell inside its block', () => {
  it('is the start of the first word after the break, in the reflowed text', () => {
    const text = 'The deal is worth USD 3.1 million over two years.';
    expect(place('4. (C) The deal is worth USD\n|3.1 million over two\nyears.', text)).toBe(
      text.indexOf('3.1'),
    );
  });

  it('picks the occurrence the word count points at when the words after the break repeat', () => {
    const text = 'the talks went on and the talks ended and the talks resumed';
    expect(place('the talks went on and\n|the talks ended and the\ntalks resumed', text)).toBe(
      text.indexOf('the talks ended'),
    );
    expect(place('the talks went on and the talks ended and\n|the talks resumed', text)).toBe(
      text.lastIndexOf('the talks'),
    );
  });

  it('lands on a word a line-end hyphen joined across the break', () => {
    const text = 'Several organizations held talks today.';
    expect(place('Several organ-\n|izations held talks today.', text)).toBe(text.indexOf('organizations'));
  });

  it('counts words only, as a heading drops the rules around it', () => {
    const text = 'Minister of Interior, Overseas Territories and Local Governments -- Michele Alliot-Marie';
    expect(
      place(
        'Minister of Interior, Overseas Territories\n|------\nand Local Governments -- Michele Alliot-Marie\n------',
        text,
      ),
    ).toBe(text.indexOf('and Local'));
  });

  it('places every break of a block, in one pass over its words', () => {
    const text = 'one two three four five six';
    expect(offsetsInBlock('one two\nthree four\nfive six', 0, 26, [8, 19], text)).toEqual([
      text.indexOf('three'),
      text.indexOf('five'),
    ]);
  });

  it('is null before the first word and after the last', () => {
    expect(place('|5. (C) Text here.', 'Text here.')).toBeNull();
    expect(place('5. (C) Text here.|', 'Text here.')).toBeNull();
    expect(offsetsInBlock('a b c', 2, 5, [1], 'b c')).toEqual([null]);
  });

  it('is null when the break fell between the label and the text, which the block starts with', () => {
    expect(place('5.\n|(C) Text here.', 'Text here.')).toBeNull();
  });
});
