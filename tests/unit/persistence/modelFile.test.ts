import { describe, expect, it } from 'vitest';
import { modelFileMessages, modelFileName, parseModelFile, serializeModelFile } from '../../../src/persistence/modelFile';
import { makeModel } from './helpers';

describe('model files', () => {
  const model = makeModel({ weightSpecs: [{ name: 'w', shape: [3], dtype: 'float32' }], weightData: new Float32Array([1.5, -0.25, 3]).buffer, sizeBytes: 12 });

  it('carries one model with its card, lineage and weights, and reads back exactly', () => {
    const text = serializeModelFile(model, new Date('2026-11-30T08:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'ml-that-works-model', schemaVersion: 1, model: { card: model.card, lineage: model.lineage } });
    expect(parseModelFile(text)).toEqual({ ok: true, model });
  });

  it('names the file after the model and the day it was saved', () => {
    expect(modelFileName({ name: 'Complaint classifier network 32-16', createdAt: Date.UTC(2026, 10, 30) })).toBe('model-complaint-classifier-network-32-16-2026-11-30.json');
  });

  it.each([
    { name: 'not JSON', text: () => '{', message: modelFileMessages.notJson },
    { name: 'a progress file', text: () => JSON.stringify({ format: 'ml-that-works-progress', schemaVersion: 2 }), message: modelFileMessages.wrongFormat },
    { name: 'a newer file', text: () => serializeModelFile(model).replace('"schemaVersion":1', '"schemaVersion":9'), message: modelFileMessages.newer },
    { name: 'a __proto__ key', text: () => serializeModelFile(model).replace('"card":{', '"card":{"__proto__":1,'), message: modelFileMessages.forbidden },
    {
      name: 'weights that do not match their specs',
      text: () => serializeModelFile({ ...model, weightData: new Float32Array([1]).buffer }),
      message: modelFileMessages.invalid('model'),
    },
    { name: 'an unknown stage', text: () => serializeModelFile({ ...model, stage: 'live' as never }), message: modelFileMessages.invalid('model.stage') },
  ])('refuses $name with a sentence', ({ text, message }) => {
    expect(parseModelFile(text())).toEqual({ ok: false, message });
  });
});
