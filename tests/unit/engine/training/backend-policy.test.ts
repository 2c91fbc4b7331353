import { describe, expect, it } from 'vitest';
import { chooseBackend, isBackendName, isSoftwareRenderer, type BackendTiming } from '../../../../src/engine/training/backend-policy';

describe('isSoftwareRenderer', () => {
  it.each([
    { renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', software: true },
    { renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)', software: true },
    { renderer: 'Mesa softpipe', software: true },
    { renderer: 'Google SwiftShader', software: true },
    { renderer: 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)', software: true },
    { renderer: 'Software Rasterizer', software: true },
    { renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', software: false },
    { renderer: 'Apple M2', software: false },
    { renderer: 'Mali-G78', software: false },
    { renderer: '', software: false },
    { renderer: null, software: false },
  ])('calls "$renderer" software: $software', ({ renderer, software }) => {
    expect(isSoftwareRenderer(renderer)).toBe(software);
  });
});

describe('chooseBackend', () => {
  const gpu = 'ANGLE (NVIDIA GeForce RTX 3060)';
  const swift = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))';
  const cases: { name: string; timings: BackendTiming[]; expected: string }[] = [
    {
      name: 'picks the fastest backend',
      timings: [{ backend: 'webgl', ms: 4, renderer: gpu }, { backend: 'wasm', ms: 9 }, { backend: 'cpu', ms: 20 }],
      expected: 'webgl',
    },
    {
      name: 'picks wasm when it beats cpu and webgl is slower',
      timings: [{ backend: 'webgl', ms: 40, renderer: gpu }, { backend: 'wasm', ms: 9 }, { backend: 'cpu', ms: 20 }],
      expected: 'wasm',
    },
    {
      name: 'never picks a software WebGL renderer, even when it timed fastest',
      timings: [{ backend: 'webgl', ms: 1, renderer: swift }, { backend: 'wasm', ms: 9 }, { backend: 'cpu', ms: 20 }],
      expected: 'wasm',
    },
    {
      name: 'never picks WebGL flagged software even with an unknown renderer string',
      timings: [{ backend: 'webgl', ms: 1, renderer: 'Some GPU', software: true }, { backend: 'cpu', ms: 20 }],
      expected: 'cpu',
    },
    {
      name: 'ignores backends that were skipped or failed',
      timings: [{ backend: 'webgl', ms: null, skipped: 'unavailable' }, { backend: 'wasm', ms: 2, skipped: 'boom' }, { backend: 'cpu', ms: 20 }],
      expected: 'cpu',
    },
    {
      name: 'ignores non-finite timings',
      timings: [{ backend: 'wasm', ms: NaN }, { backend: 'webgl', ms: Infinity, renderer: gpu }, { backend: 'cpu', ms: 20 }],
      expected: 'cpu',
    },
    {
      name: 'breaks ties in the order webgl, wasm, cpu',
      timings: [{ backend: 'cpu', ms: 5 }, { backend: 'wasm', ms: 5 }],
      expected: 'wasm',
    },
    { name: 'falls back to cpu when nothing was timed', timings: [], expected: 'cpu' },
  ];
  it.each(cases)('$name', ({ timings, expected }) => {
    expect(chooseBackend(timings)).toBe(expected);
  });
});

describe('isBackendName', () => {
  it('accepts the three backends and nothing else', () => {
    expect(['webgl', 'wasm', 'cpu', 'webgpu', '', 3, null].map(isBackendName)).toEqual([true, true, true, false, false, false, false]);
  });
});
