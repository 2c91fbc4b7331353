import * as tf from '@tensorflow/tfjs';

/** Square matrix products timed on the current backend. */
export interface MatmulTiming {
  backend: string;
  n: number;
  /** Wall-clock ms of each timed product, in order. */
  ms: number[];
  /** 2n³ floating-point operations over the median time, in GFLOP/s. */
  gflops: number;
}

/**
 * A backend's matrix-product peak, the yardstick for the GFLOP/s a training run
 * achieves: times `repeats` products of two seeded n×n float32 matrices after one
 * untimed product (shader compilation, wasm warm-up). Each product is summed to a
 * scalar and downloaded, so the time covers the whole product on every backend (the
 * sum adds n² operations, negligible next to 2n³). Tensors are disposed.
 */
export async function benchMatmul(n: number, repeats: number): Promise<MatmulTiming> {
  const [a, b] = tf.tidy(() => [tf.randomUniform([n, n], -1, 1, 'float32', 1), tf.randomUniform([n, n], -1, 1, 'float32', 2)]);
  const once = async () => {
    const t0 = performance.now();
    const s = tf.tidy(() => tf.matMul(a, b).sum());
    try {
      await s.data();
      return performance.now() - t0;
    } finally {
      s.dispose();
    }
  };
  try {
    await once();
    const ms: number[] = [];
    for (let i = 0; i < repeats; i++) ms.push(await once());
    const sorted = [...ms].sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { backend: tf.getBackend(), n, ms, gflops: (2 * n ** 3) / (median * 1e6) };
  } finally {
    tf.dispose([a, b]);
  }
}
