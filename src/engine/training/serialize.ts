import * as tf from '@tensorflow/tfjs';
import { TrainingError } from './errors';
import type { ModelArtifact, WeightSpec } from './types';

/**
 * Saves a model to plain in-memory data through `tf.io.withSaveHandler`: its
 * topology JSON, weight manifest, and weights as one ArrayBuffer (optimizer state
 * is not included). The result survives structured cloning and IndexedDB.
 */
export async function saveToArtifact(model: tf.LayersModel): Promise<ModelArtifact> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  const a = captured as tf.io.ModelArtifacts | null;
  if (!a || !a.modelTopology || a.modelTopology instanceof ArrayBuffer || !a.weightSpecs || !a.weightData) {
    throw new TrainingError('no-model', 'The model could not be serialised.');
  }
  const weightData = Array.isArray(a.weightData) ? tf.io.concatenateArrayBuffers(a.weightData) : a.weightData.slice(0);
  return { topology: a.modelTopology, weightSpecs: a.weightSpecs as WeightSpec[], weightData };
}

/** Rebuilds a model from an artifact made by saveToArtifact (via `tf.io.fromMemory`). The caller disposes it. */
export async function loadFromArtifact(artifact: ModelArtifact): Promise<tf.LayersModel> {
  if (!artifact || typeof artifact.topology !== 'object' || !Array.isArray(artifact.weightSpecs) || !(artifact.weightData instanceof ArrayBuffer)) {
    throw new TrainingError('invalid-input', 'This is not a saved model.');
  }
  return tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: artifact.topology, weightSpecs: artifact.weightSpecs, weightData: artifact.weightData }),
  );
}
