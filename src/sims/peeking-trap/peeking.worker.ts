/// <reference lib="webworker" />
import { peekingSimulation } from '../../engine/experiments/peeking';
import { answerOnce, serve } from '../../workers/serve';
import type { PeekingRequest } from './protocol';

// Runs the A/A simulation off the main thread: at the lab's largest bounds it takes longer than a frame budget.
serve(
  answerOnce(({ config }: PeekingRequest) => {
    const started = performance.now();
    const result = peekingSimulation(config);
    return { result, durationMs: performance.now() - started };
  }),
);
