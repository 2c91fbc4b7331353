import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { builtPagePlugin } from '../../../build/builtPage';

type GenerateBundle = (this: unknown, options: unknown, bundle: Rollup.OutputBundle) => void;

const run = (transform: (html: string, bundle: Rollup.OutputBundle) => string, bundle: Rollup.OutputBundle) =>
  (builtPagePlugin('test', transform).generateBundle as GenerateBundle).call(null, {}, bundle);

describe('builtPagePlugin', () => {
  it('runs after the other plugins, on builds only', () => {
    expect(builtPagePlugin('x', (html) => html)).toMatchObject({ name: 'x', apply: 'build', enforce: 'post' });
  });

  it('rewrites the built index.html with the page and the bundle', () => {
    const bundle = { 'index.html': { type: 'asset', source: '<p>a</p>' }, 'x.js': { type: 'chunk' } } as unknown as Rollup.OutputBundle;
    run((html, b) => `${html}${Object.keys(b).length}`, bundle);
    expect((bundle['index.html'] as Rollup.OutputAsset).source).toBe('<p>a</p>2');
  });

  it('leaves a bundle without a page (a worker) alone, and stops the build when the transform throws', () => {
    let called = false;
    run(() => ((called = true), ''), {} as Rollup.OutputBundle);
    expect(called).toBe(false);
    const bundle = { 'index.html': { type: 'asset', source: 'x' } } as unknown as Rollup.OutputBundle;
    expect(() =>
      run(() => {
        throw new Error('no');
      }, bundle),
    ).toThrow('no');
  });
});
