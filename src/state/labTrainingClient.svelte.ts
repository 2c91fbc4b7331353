import type { BackendRequest } from '../workers/protocol';
import { TrainingClient } from './training.svelte';

export interface LabTrainingOptions {
  /** Starts a training client on a backend (default: the real worker). */
  createClient?: (backend: BackendRequest) => TrainingClient;
  /** The backend to ask for, read when the first client is made (default 'auto'). */
  backend?: () => BackendRequest | Promise<BackendRequest>;
}

/**
 * A lab's training client, made on first use on the backend the settings ask for, which
 * takes a moment to read. A Cancel pressed in that moment has no client to tell yet: it
 * is kept, and the run that was waiting for the client is stopped as soon as it starts.
 */
export class LabTrainingClient {
  client = $state.raw<TrainingClient | null>(null);
  /** The backend the current client was asked for ('auto' calibrates first). */
  requested = $state<BackendRequest | null>(null);
  readonly #options: LabTrainingOptions;
  #making: Promise<TrainingClient> | null = null;
  #waiting = false;
  #cancelPending = false;

  constructor(options: LabTrainingOptions = {}) {
    this.#options = options;
  }

  /** The client, made once (concurrent callers share the making). */
  ensure(): Promise<TrainingClient> {
    this.#making ??= (async () => {
      const backend = (await this.#options.backend?.()) ?? 'auto';
      this.requested = backend;
      const client = (this.#options.createClient ?? ((b) => new TrainingClient({ backend: b })))(backend);
      this.client = client;
      return client;
    })();
    // A setting that could not be read is read again by the next caller.
    this.#making.catch(() => (this.#making = null));
    return this.#making;
  }

  /** Starts a run with `begin` on the client (made first if need be) and waits for it; a Cancel pressed before the client existed stops it. */
  async run<T>(begin: (client: TrainingClient) => Promise<T>): Promise<{ client: TrainingClient; result: T }> {
    this.#cancelPending = false;
    this.#waiting = true;
    let client: TrainingClient;
    try {
      client = await this.ensure();
    } finally {
      this.#waiting = false;
    }
    const running = begin(client);
    if (this.#cancelPending) client.cancel();
    this.#cancelPending = false;
    return { client, result: await running };
  }

  /** Stops the running training at the next batch, or the run still waiting for its client before it starts. */
  cancel(): void {
    if (this.client) this.client.cancel();
    else if (this.#waiting) this.#cancelPending = true;
  }

  dispose(): void {
    this.client?.dispose();
  }
}
