import type { ModelSize } from './types';

/**
 * Hidden layers of the one MLP family the Notebook-to-production lab compares in
 * three sizes. Each step multiplies the work per sample by roughly ten to a hundred.
 */
export const MODEL_SIZES: Readonly<Record<ModelSize, readonly number[]>> = {
  small: [32, 32],
  medium: [256, 256],
  large: [1024, 1024, 1024],
};

/** Trainable parameters of a dense network inputDim → hidden… → outputs: Σ (fan_in + 1) × fan_out. */
export function countParams(inputDim: number, hidden: readonly number[], outputs: number): number {
  const widths = [inputDim, ...hidden, outputs];
  let n = 0;
  for (let i = 1; i < widths.length; i++) n += (widths[i - 1] + 1) * widths[i];
  return n;
}

/** Multiply-accumulate operations to push one sample through that network (weights only, biases ignored). */
export function macsPerSample(inputDim: number, hidden: readonly number[], outputs: number): number {
  const widths = [inputDim, ...hidden, outputs];
  let n = 0;
  for (let i = 1; i < widths.length; i++) n += widths[i - 1] * widths[i];
  return n;
}
