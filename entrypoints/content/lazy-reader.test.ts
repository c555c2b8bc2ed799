// loadReader runs the view's code reader.js defined in this world (the manifest's cable addresses) without asking
// the background, asks the background for reader.js only where the code is not here, and runs the code once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadReader, type ReaderEntry, readerCodeHere } from './lazy-reader';
import { READER_CODE_GLOBAL, READER_GLOBAL } from './reader-handover';

const send = vi.hoisted(() => vi.fn());
vi.mock('../../lib/messaging/runtime', () => ({ send }));

type Scope = { [READER_CODE_GLOBAL]?: () => void; [READER_GLOBAL]?: ReaderEntry };
const scope = globalThis as unknown as Scope;
const entry: ReaderEntry = { start: async () => null };

/** reader.js as the build wraps it: defining the code only; running it hands the entry over. */
function defineViewCode(): ReturnType<typeof vi.fn> {
  const run = vi.fn(() => {
    scope[READER_GLOBAL] = entry;
  });
  scope[READER_CODE_GLOBAL] = run;
  return run;
}

beforeEach(() => send.mockReset());
afterEach(() => {
  delete scope[READER_CODE_GLOBAL];
  delete scope[READER_GLOBAL];
});

describe('loadReader', () => {
  it('runs the code already in this world without asking the background, and only once', async () => {
    const run = defineViewCode();
    expect(readerCodeHere()).toBe(true);
    expect(run).not.toHaveBeenCalled();
    expect(await loadReader()).toBe(entry);
    expect(await loadReader()).toBe(entry);
    expect(run).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background for reader.js where the code is not here, then runs what it injected', async () => {
    let run: ReturnType<typeof vi.fn> | null = null;
    send.mockImplementation(async () => {
      run = defineViewCode();
      return null;
    });
    expect(readerCodeHere()).toBe(false);
    expect(await loadReader()).toBe(entry);
    expect(send).toHaveBeenCalledWith('view.loadReader');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('fails when reader.js hands nothing over', async () => {
    scope[READER_CODE_GLOBAL] = () => undefined;
    await expect(loadReader()).rejects.toThrow('did not hand over its entry');
  });
});
