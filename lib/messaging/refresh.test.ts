import { beforeEach, describe, expect, it, vi } from 'vitest';

// The runtime's message listeners, so a test can broadcast as the background does.
const listeners = new Set<(message: unknown) => unknown>();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      onMessage: {
        addListener: (listener: (message: unknown) => unknown) => listeners.add(listener),
        removeListener: (listener: (message: unknown) => unknown) => listeners.delete(listener),
      },
    },
  },
}));

const { watchCable } = await import('./refresh');
const { changedEvent } = await import('./events');

const broadcast = (cableId: string | null) => {
  for (const listener of listeners) expect(listener(changedEvent(cableId))).toBeUndefined();
};

/** A load that stays pending until released, counting its calls. */
function gatedLoad() {
  const release: (() => void)[] = [];
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<void>((resolve) => release.push(resolve));
  };
  const settle = async () => {
    while (release.length) {
      release.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { load, settle, calls: () => calls };
}

beforeEach(() => listeners.clear());

describe('watchCable', () => {
  it('reloads on a change to its cable or to many cables, not on another cable', async () => {
    const gate = gatedLoad();
    const watch = watchCable('08ASTANA1', gate.load);
    broadcast('09OTHER2');
    expect(gate.calls()).toBe(0);
    broadcast('08ASTANA1');
    await gate.settle();
    broadcast(null);
    await gate.settle();
    expect(gate.calls()).toBe(2);
    watch.stop();
    expect(listeners.size).toBe(0);
  });

  it('runs one load at a time, and one more for any number of changes meanwhile', async () => {
    const gate = gatedLoad();
    const watch = watchCable('08ASTANA1', gate.load);
    watch.refresh();
    broadcast('08ASTANA1');
    broadcast('08ASTANA1');
    watch.refresh();
    expect(gate.calls()).toBe(1);
    await gate.settle();
    expect(gate.calls()).toBe(2);
    watch.stop();
  });

  it('watches every cable when given none, and stops loading once stopped', async () => {
    const gate = gatedLoad();
    const watch = watchCable(null, gate.load);
    broadcast('09OTHER2');
    await gate.settle();
    expect(gate.calls()).toBe(1);
    watch.stop();
    watch.refresh();
    broadcast('09OTHER2');
    expect(gate.calls()).toBe(1);
  });

  it('keeps watching after a load fails', async () => {
    let calls = 0;
    const watch = watchCable('08ASTANA1', async () => {
      calls++;
      throw new Error('the background is restarting');
    });
    watch.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    broadcast('08ASTANA1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(2);
    watch.stop();
  });
});
