// Times the text pipeline (parseCable, in Node) on one cable's body repeated 1, 10 and 100 times, to show whether
// its cost grows linearly with the text. Recomputes every run: nothing is cached between runs or sizes.
import { join } from 'node:path';
import { parseCable } from '../../../lib/cable';
import { corpusDir, readCorpus } from '../../corpus';
import { median } from './stats';

export interface ScalePoint {
  times: number;
  kilobytes: number;
  /** Median over the runs, ms. */
  ms: number;
  /** Cost per kilobyte of input, µs: flat when growth is linear. */
  usPerKB: number;
  blocks: number;
}

/** Runs at each size: more where a run is short, so each point's median is stable. */
const runsFor = (times: number) => (times >= 100 ? 3 : times >= 10 ? 7 : 21);

/** Pipeline cost of `id`'s corpus text repeated `sizes` times over. */
export function pipelineScaling(id: string, sizes: readonly number[]): ScalePoint[] {
  const body = readCorpus(join(corpusDir, 'cables', `${id}.txt`));
  const header = readCorpus(join(corpusDir, 'cables/headers', `${id}.header.txt`));
  return sizes.map((times) => {
    const bodyText = Array.from({ length: times }, () => body).join('\n\n');
    const samples: number[] = [];
    let blocks = 0;
    for (let run = 0; run < runsFor(times); run++) {
      const t0 = performance.now();
      const doc = parseCable({ headerText: header, bodyText, pageMeta: {} });
      samples.push(performance.now() - t0);
      blocks = doc.blocks.length;
    }
    const kilobytes = (bodyText.length + header.length) / 1024;
    const time = median(samples);
    return { times, kilobytes, ms: time, usPerKB: (time * 1000) / kilobytes, blocks };
  });
}
