import { describe, it } from 'vitest';
import { chiSquareCdf, chiSquareSf } from '../../../../src/engine/stats/chiSquare';
import { erf, erfc } from '../../../../src/engine/stats/erf';
import { normalCdf, normalIsf, normalPdf, normalQuantile, normalSf } from '../../../../src/engine/stats/normal';
import { studentTCdf, studentTIsf, studentTPdf, studentTQuantile, studentTSf } from '../../../../src/engine/stats/studentT';
import { expectClose, referenceCases } from './reference';

// Distribution functions are held to 1e-9 relative (the brief asks 6 significant digits).
const REL = 1e-9;

describe('erf and erfc (Cody) against scipy.special', () => {
  it('agree to 1e-9 relative, including erfc(26) ≈ 5.7e-296', () => {
    for (const { inputs, expected } of referenceCases<{ x: number }, { erf: number; erfc: number }>('erfc')) {
      expectClose(erfc(inputs.x), expected.erfc, REL, `erfc(${inputs.x})`);
      expectClose(erf(inputs.x), expected.erf, REL, `erf(${inputs.x})`, 1e-300);
    }
  });
});

describe('normal distribution against scipy.stats.norm', () => {
  it('cdf, sf and pdf agree in both tails down to 1e-300', () => {
    const cases = referenceCases<{ z: number }, { cdf: number; sf: number; pdf: number }>('normalCdf');
    for (const { inputs, expected } of cases) {
      expectClose(normalCdf(inputs.z), expected.cdf, REL, `Φ(${inputs.z})`);
      expectClose(normalSf(inputs.z), expected.sf, REL, `1 − Φ(${inputs.z})`);
      expectClose(normalPdf(inputs.z), expected.pdf, REL, `φ(${inputs.z})`);
    }
  });

  it('quantile and inverse survival agree for p from 1e-300 to 1 − 1e-10', () => {
    const cases = referenceCases<{ p: number }, { ppf: number; isf: number }>('normalQuantile');
    for (const { inputs, expected } of cases) {
      // Near p = 0.5 the quantile is ~0, so compare absolutely there too.
      expectClose(normalQuantile(inputs.p), expected.ppf, REL, `Φ⁻¹(${inputs.p})`, 1e-15);
      expectClose(normalIsf(inputs.p), expected.isf, REL, `isf(${inputs.p})`, 1e-15);
    }
  });

  it('returns ±Infinity at 0 and 1 and NaN outside [0, 1]', () => {
    expectClose(normalQuantile(0), -Infinity, 0, 'Φ⁻¹(0)');
    expectClose(normalQuantile(1), Infinity, 0, 'Φ⁻¹(1)');
    expectClose(Number.isNaN(normalQuantile(1.5)) ? 1 : 0, 1, 0, 'Φ⁻¹(1.5) is NaN');
  });
});

describe("Student's t against scipy.stats.t", () => {
  it('cdf, sf and pdf agree for ν from 1 to 1e6, with tails at p = 1e-10 and beyond', () => {
    const cases = referenceCases<{ t: number; df: number }, { cdf: number; sf: number; pdf: number }>('studentTCdf');
    for (const { inputs, expected } of cases) {
      const { t, df } = inputs;
      expectClose(studentTCdf(t, df), expected.cdf, REL, `T cdf(${t}; ${df})`);
      expectClose(studentTSf(t, df), expected.sf, REL, `T sf(${t}; ${df})`);
      expectClose(studentTPdf(t, df), expected.pdf, REL, `T pdf(${t}; ${df})`);
    }
  });

  it('quantile and inverse survival agree for p from 1e-12 to 1 − 1e-6', () => {
    const cases = referenceCases<{ p: number; df: number }, { ppf: number; isf: number }>('studentTQuantile');
    for (const { inputs, expected } of cases) {
      const { p, df } = inputs;
      expectClose(studentTQuantile(p, df), expected.ppf, REL, `T ppf(${p}; ${df})`, 1e-15);
      expectClose(studentTIsf(p, df), expected.isf, REL, `T isf(${p}; ${df})`, 1e-15);
    }
  });

  it('tends to the normal as ν grows', () => {
    expectClose(studentTQuantile(0.975, Infinity), 1.959963984540054, 1e-15, 'ν = ∞');
  });
});

describe('chi-square against scipy.stats.chi2', () => {
  it('cdf and survival agree for 1 to 100 degrees of freedom, tails included', () => {
    const cases = referenceCases<{ x: number; df: number }, { cdf: number; sf: number }>('chiSquare');
    for (const { inputs, expected } of cases) {
      expectClose(chiSquareCdf(inputs.x, inputs.df), expected.cdf, REL, `χ² cdf(${inputs.x}; ${inputs.df})`);
      expectClose(chiSquareSf(inputs.x, inputs.df), expected.sf, REL, `χ² sf(${inputs.x}; ${inputs.df})`);
    }
  });
});
