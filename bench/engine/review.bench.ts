import { it } from 'vitest';
import { createRng } from '../../src/engine/random/rng';
import { halfLife, MS_PER_DAY, recall, type HlrWeights } from '../../src/engine/review/hlr';
import { trainingInstances, type Practice } from '../../src/engine/review/history';
import { createFit, MAX_FIT_INSTANCES } from '../../src/engine/review/fit';
import { median, report, timeRuns } from './measure';

// The spaced review's fit at its bound: MAX_FIT_INSTANCES (2,000) repeat practices of a simulated
// learner over 6 lessons. The page runs the fit in chunks of 20 gradient steps per task
// (src/sims/spaced-review/controller.svelte.ts); a chunk must stay well under 50 ms.
function learner(items: number, perItem: number): Practice[] {
  const truth: HlrWeights = { bias: 0, right: 1.2, wrong: -0.8, lessons: { l1: 0.3, l4: -0.4 } };
  const rng = createRng(11);
  const out: Practice[] = [];
  for (let item = 0; item < items; item++) {
    const lesson = `l${item % 6}`;
    const counts = { right: 0, wrong: 0 };
    let t = 0;
    for (let k = 0; k < perItem; k++) {
      const gap = k === 0 ? 0 : 0.1 + rng() * 5;
      t += gap;
      const correct = rng() < (k === 0 ? 0.7 : recall(gap, halfLife(truth, counts, lesson)));
      out.push({ checkId: `q${item}`, lessonSlug: lesson, correct, at: t * MS_PER_DAY });
      if (correct) counts.right++;
      else counts.wrong++;
    }
  }
  return out;
}

it('spaced review: one fit chunk (20 gradient steps) and a whole fit on 2,000 repeat practices', () => {
  const lessons = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5'];
  const instances = trainingInstances(learner(100, 21)).slice(-MAX_FIT_INSTANCES);
  const chunk = timeRuns(() => createFit(instances, lessons).step(20), 10, 2);
  const whole = timeRuns(() => {
    const fit = createFit(instances, lessons);
    while (!fit.done) fit.step(20);
  }, 3, 1);
  report('spaced-review-fit', {
    instances: instances.length,
    chunkMsMedian: +median(chunk).toFixed(1),
    wholeFitMsMedian: Math.round(median(whole)),
    chunkMs: chunk.map((v) => +v.toFixed(1)),
  });
});
