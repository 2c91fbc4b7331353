import type { BackendName } from '../engine/training/backend-policy';
import type { ErrorReply } from './protocol';

/** What the worker knew when a request failed. */
export interface FailureContext {
  /** The backend the request ran on (or was trying to start), if any. */
  backend: BackendName | null;
  /** The WebGL context was lost during this worker's life. */
  contextLost: boolean;
}

/**
 * Turns anything thrown while serving a request into an error reply. The code is
 * the engine's TrainingError code when there is one ('nan-loss', 'invalid-input',
 * 'backend-unavailable', 'context-lost', 'no-model'), else 'backend-failed' on
 * webgl/wasm or 'internal' on cpu. A lost WebGL context, or any failure of the
 * webgl or wasm backend, is recoverable on the cpu backend, so it suggests 'cpu'.
 * The message is for logs and developers; the UI maps `code` to its own words.
 */
export function toErrorReply(id: number | null, e: unknown, ctx: FailureContext): ErrorReply {
  const message = e instanceof Error ? e.message : String(e);
  const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : null;
  const onCpu = ctx.backend === 'cpu' || ctx.backend === null;
  if (ctx.contextLost || code === 'context-lost') {
    return { type: 'error', id, code: 'context-lost', message: `The WebGL context was lost: ${message}`, recoverable: true, suggestBackend: 'cpu' };
  }
  switch (code) {
    case 'nan-loss':
    case 'no-model':
      return { type: 'error', id, code, message, recoverable: true };
    case 'invalid-input':
    case 'invalid-job':
      return { type: 'error', id, code, message, recoverable: false };
    case 'backend-unavailable':
      return onCpu ? { type: 'error', id, code, message, recoverable: false } : { type: 'error', id, code, message, recoverable: true, suggestBackend: 'cpu' };
  }
  return onCpu
    ? { type: 'error', id, code: 'internal', message, recoverable: false }
    : { type: 'error', id, code: 'backend-failed', message, recoverable: true, suggestBackend: 'cpu' };
}
