import { countParams, MODEL_SIZES } from '../../engine/training/model-sizes';
import type { ModelSize } from '../../engine/training/types';

/** The three sizes, smallest first: the order of every table, chart and verdict. */
export const SIZES: readonly ModelSize[] = ['small', 'medium', 'large'];

/**
 * The model family measured: a ticket router reading a 1,000-word bag of words and
 * choosing one of 5 queues, as a dense ReLU network whose hidden layers are
 * MODEL_SIZES[size] (the worker builds exactly these).
 */
export const FAMILY = { inputDim: 1_000, classes: 5 } as const;

/**
 * Offline (holdout) accuracy of each size. Illustrative, not measured on this page:
 * training the large network here would take minutes. The figures follow the usual
 * shape of such results, where each size up buys a point or two less than the one before.
 */
export const OFFLINE_ACCURACY: Readonly<Record<ModelSize, number>> = {
  small: 0.874,
  medium: 0.893,
  large: 0.905,
};

/** What a size is before any measurement: its layers, parameter count and offline accuracy. */
export interface FamilyMember {
  size: ModelSize;
  hidden: readonly number[];
  params: number;
  /** Float32 weights in bytes. */
  bytes: number;
  accuracy: number;
}

/** The family, smallest first. */
export const FAMILY_MEMBERS: readonly FamilyMember[] = SIZES.map((size) => {
  const params = countParams(FAMILY.inputDim, MODEL_SIZES[size], FAMILY.classes);
  return { size, hidden: MODEL_SIZES[size], params, bytes: params * 4, accuracy: OFFLINE_ACCURACY[size] };
});
