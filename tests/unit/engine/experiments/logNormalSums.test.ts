import { describe, expect, it } from 'vitest';
import { EXACT_BELOW, createLogNormalSums, logNormalMu } from '../../../../src/engine/experiments/logNormalSums';
import { createRng } from '../../../../src/engine/random/rng';

/** Mean and s.d. over many draws of the sum and of the implied sample variance. */
function moments(n: number, mean: number, sigma: number, draws: number, seed: number) {
  const sample = createLogNormalSums(createRng(seed));
  const mu = logNormalMu(mean, sigma);
  const sums: number[] = [];
  const variances: number[] = [];
  for (let i = 0; i < draws; i++) {
    const { sum, sumOfSquares } = sample(n, mu, sigma);
    sums.push(sum);
    variances.push((sumOfSquares - (sum * sum) / n) / (n - 1));
  }
  const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(avg(xs.map((x) => (x - avg(xs)) ** 2)));
  return { meanOfSum: avg(sums), sdOfSum: sd(sums), meanOfVariance: avg(variances), minVariance: Math.min(...variances) };
}

describe('createLogNormalSums', () => {
  const mean = 180;
  const sigma = 1;
  const trueVariance = mean * mean * Math.expm1(sigma * sigma);

  it.each([
    ['exact', EXACT_BELOW - 1],
    ['CLT', 20_000],
  ])('draws unbiased sums and variances on the %s path', (_path, n) => {
    const m = moments(n, mean, sigma, 2000, 11);
    const sdOfMean = Math.sqrt(n * trueVariance) / Math.sqrt(2000);
    expect(Math.abs(m.meanOfSum - n * mean)).toBeLessThan(4 * sdOfMean);
    expect(m.sdOfSum / Math.sqrt(n * trueVariance)).toBeGreaterThan(0.93);
    expect(m.sdOfSum / Math.sqrt(n * trueVariance)).toBeLessThan(1.07);
    expect(m.meanOfVariance / trueVariance).toBeGreaterThan(0.95);
    expect(m.meanOfVariance / trueVariance).toBeLessThan(1.05);
    expect(m.minVariance).toBeGreaterThanOrEqual(0);
  });

  it('returns zero sums for zero draws', () => {
    expect(createLogNormalSums(createRng(1))(0, 0, 1)).toEqual({ sum: 0, sumOfSquares: 0 });
  });
});
