import { createRng } from '../../../../src/engine/random/rng';

/**
 * A small seeded classification problem: `classes` Gaussian blobs in `cols`
 * dimensions, centres at ±1.5 on the first coordinates, unit noise.
 */
export function blobs(rows: number, cols: number, classes: number, seed: number): { x: Float32Array; y: Int32Array } {
  const rng = createRng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const x = new Float32Array(rows * cols);
  const y = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const k = r % classes;
    y[r] = k;
    for (let c = 0; c < cols; c++) x[r * cols + c] = gauss() + (c === k % cols ? 1.5 : c === (k + 1) % cols ? -1.5 : 0);
  }
  return { x, y };
}
