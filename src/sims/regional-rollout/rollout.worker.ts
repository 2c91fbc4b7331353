/// <reference lib="webworker" />
import { answerOnce, serve } from '../../workers/serve';
import type { RolloutRequest } from './protocol';
import { runRollout } from './simulate';

// Runs the rollout and its 200 harmless replays off the main thread: together they take a few hundred ms.
serve(answerOnce(({ id: _, ...request }: RolloutRequest) => runRollout(request)));
