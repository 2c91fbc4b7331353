/** Why a training-engine call failed, as a stable code the worker and UI can branch on. */
export type TrainingErrorCode =
  | 'nan-loss' // the loss stopped being a finite number
  | 'invalid-input' // shapes or labels do not match what was declared
  | 'backend-unavailable' // the requested backend could not start here
  | 'context-lost' // the WebGL context went away mid-computation
  | 'no-model'; // predict/save/latency asked for a model that does not exist

/** An expected failure of the training engine, carrying a code and a message a learner can read. */
export class TrainingError extends Error {
  readonly code: TrainingErrorCode;

  constructor(code: TrainingErrorCode, message: string) {
    super(message);
    this.name = 'TrainingError';
    this.code = code;
  }
}

/** True when e is a TrainingError, optionally with the given code. */
export function isTrainingError(e: unknown, code?: TrainingErrorCode): e is TrainingError {
  return e instanceof TrainingError && (code === undefined || e.code === code);
}
