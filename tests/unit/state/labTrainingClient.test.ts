import { describe, expect, it } from 'vitest';
import { LabTrainingClient } from '../../../src/state/labTrainingClient.svelte';
import type { TrainingClient } from '../../../src/state/training.svelte';

/** A stand-in client that counts cancels. */
function fakeClient(): TrainingClient & { cancels: number } {
  const client = { cancels: 0, cancel: () => void client.cancels++, dispose: () => {} };
  return client as unknown as TrainingClient & { cancels: number };
}

/** A run that, like TrainingClient's, starts at once and looks for a cancel a task later; it resolves with the cancels seen. */
const countCancels = async (client: TrainingClient) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return (client as ReturnType<typeof fakeClient>).cancels;
};

describe('LabTrainingClient', () => {
  it('makes one client on the backend the settings ask for, however many callers wait for it', async () => {
    const made: string[] = [];
    const lab = new LabTrainingClient({ backend: async () => 'wasm' as const, createClient: (b) => (made.push(b), fakeClient()) });
    const [a, b] = await Promise.all([lab.ensure(), lab.ensure()]);
    expect(a).toBe(b);
    expect(made).toEqual(['wasm']);
    expect(lab.client).toBe(a);
    expect(lab.requested).toBe('wasm');
  });

  it('reads the setting again after a failed read', async () => {
    let reads = 0;
    const lab = new LabTrainingClient({ backend: async () => (++reads === 1 ? Promise.reject(new Error('storage')) : ('cpu' as const)), createClient: () => fakeClient() });
    await expect(lab.ensure()).rejects.toThrow('storage');
    expect(await lab.ensure()).toBe(lab.client);
    expect(reads).toBe(2);
  });

  it('stops a run whose Cancel came while its client was being made, and only that run', async () => {
    const lab = new LabTrainingClient({ backend: () => new Promise<'cpu'>((r) => setTimeout(() => r('cpu'), 10)), createClient: () => fakeClient() });
    const first = lab.run(countCancels);
    lab.cancel();
    expect((await first).result).toBe(1);
    const second = await lab.run(countCancels);
    expect(second.result).toBe(1); // no new cancel
  });

  it('keeps no Cancel pressed while nothing waits', async () => {
    const lab = new LabTrainingClient({ createClient: () => fakeClient() });
    lab.cancel();
    const { result } = await lab.run(countCancels);
    expect(result).toBe(0);
  });
});
