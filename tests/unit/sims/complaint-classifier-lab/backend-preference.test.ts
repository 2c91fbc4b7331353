// src/state/backendPreference.svelte.ts is the training-backend setting the lab reads; tested here with the lab.
import { describe, expect, it } from 'vitest';
import type { BackendTiming } from '../../../../src/engine/training/backend-policy';
import {
  backendPreference,
  backendRequest,
  calibrationRecord,
  parseCalibration,
  parsePreference,
  BACKEND_SETTING_KEY,
  CALIBRATION_SETTING_KEY,
} from '../../../../src/state/backendPreference.svelte';
import { appStorage } from '../../../../src/state/storage.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import { inProcessTrainingWorker } from './workers';

const timings: BackendTiming[] = [
  { backend: 'webgl', ms: 3, renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))', software: true },
  { backend: 'wasm', ms: 12 },
  { backend: 'cpu', ms: 40 },
];

describe('parsePreference', () => {
  it.each([
    { value: 'auto', expected: 'auto' },
    { value: 'webgl', expected: 'webgl' },
    { value: 'wasm', expected: 'wasm' },
    { value: 'cpu', expected: 'cpu' },
    { value: 'webgpu', expected: 'auto' },
    { value: { backend: 'cpu' }, expected: 'auto' },
    { value: undefined, expected: 'auto' },
  ])('reads $value as $expected', ({ value, expected }) => {
    expect(parsePreference(value)).toBe(expected);
  });
});

describe('parseCalibration', () => {
  it('never lets a stored record make software WebGL the automatic choice', () => {
    const record = parseCalibration({ timings, chosen: 'webgl', measuredAt: 5, device: 'UA' });
    expect(record).toMatchObject({ chosen: 'wasm', measuredAt: 5, device: 'UA' });
  });

  it('drops malformed timings, duplicates and overlong strings, and refuses junk', () => {
    const r = parseCalibration({
      timings: [{ backend: 'cpu', ms: -1 }, { backend: 'cpu', ms: 5 }, { backend: 'gpu', ms: 1 }, null, { backend: 'wasm', ms: 9, skipped: 'x'.repeat(5000) }],
    });
    expect(r?.timings).toEqual([{ backend: 'cpu', ms: null }, { backend: 'wasm', ms: 9, skipped: 'x'.repeat(200) }]);
    expect(r?.chosen).toBe('cpu');
    expect(parseCalibration({ timings: [] })).toBeNull();
    expect(parseCalibration('fast')).toBeNull();
    expect(parseCalibration({ timings: 'all' })).toBeNull();
  });
});

describe('backendRequest', () => {
  const cached = calibrationRecord(timings, 'UA', 1);
  it.each([
    { name: 'an explicit choice wins', preference: 'cpu', calibration: cached, device: 'UA', expected: 'cpu' },
    { name: 'automatic reuses this browser’s measurement', preference: 'auto', calibration: cached, device: 'UA', expected: 'wasm' },
    { name: 'automatic measures again for another browser’s measurement', preference: 'auto', calibration: cached, device: 'other', expected: 'auto' },
    { name: 'automatic measures when nothing is cached', preference: 'auto', calibration: null, device: 'UA', expected: 'auto' },
  ] as const)('$name', ({ preference, calibration, device, expected }) => {
    expect(backendRequest(preference, calibration, device)).toBe(expected);
  });
});

describe('backendPreference', () => {
  it('persists the choice and a calibration in settings, and reads them back', async () => {
    await backendPreference.setPreference('wasm');
    await backendPreference.recordCalibration(timings);
    expect(await appStorage.repo.getSetting(BACKEND_SETTING_KEY)).toBe('wasm');
    expect(await appStorage.repo.getSetting(CALIBRATION_SETTING_KEY)).toMatchObject({ chosen: 'wasm' });
    backendPreference.preference = 'auto';
    backendPreference.calibration = null;
    await backendPreference.load(true);
    expect(backendPreference.preference).toBe('wasm');
    expect(backendPreference.request()).toBe('wasm');
    await backendPreference.setPreference('auto');
    expect(backendPreference.request()).toBe('wasm'); // the cached automatic choice: no calibration next time
  });

  it('measures again in a short-lived worker and caches the result', async () => {
    let client: TrainingClient | null = null;
    await backendPreference.measure(() => (client = new TrainingClient({ backend: 'auto', createWorker: () => inProcessTrainingWorker() })));
    expect(backendPreference.measuring).toBe(false);
    expect(backendPreference.measureFailed).toBe(false);
    // Node has neither WebGL nor our wasm binaries' URLs: cpu is the one that times.
    expect(backendPreference.calibration?.timings.find((t) => t.backend === 'cpu')?.ms).toBeGreaterThanOrEqual(0);
    expect(backendPreference.calibration?.chosen).toBe('cpu');
    expect(client!.status).toBe('idle');
  });
});
