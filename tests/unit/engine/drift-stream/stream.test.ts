import { describe, expect, it } from 'vitest';
import { DAYS, HISTORY, SUDDEN_DAY, type DriftSwitches } from '../../../../src/engine/drift-stream/config';
import { dayStart, generateStream, streamVersion } from '../../../../src/engine/drift-stream/stream';

const all: DriftSwitches = { sudden: true, gradual: true, recurring: true, concept: true, brokenExports: true };
const none: DriftSwitches = { sudden: false, gradual: false, recurring: false, concept: false, brokenExports: false };

describe('the session stream', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateStream(42, 60, all);
    const b = generateStream(42, 60, all);
    expect(b).toEqual(a);
    expect(streamVersion(b)).toBe(streamVersion(a));
    expect(streamVersion(generateStream(43, 60, all))).not.toBe(streamVersion(a));
    expect(a.watch).toHaveLength((HISTORY + DAYS) * 60);
  });

  it('keeps the days before the release identical when only the sudden drift is switched on', () => {
    const off = generateStream(7, 80, none);
    const on = generateStream(7, 80, { ...none, sudden: true });
    const end = dayStart(SUDDEN_DAY, 80);
    expect(on.watch.subarray(0, end)).toEqual(off.watch.subarray(0, end));
    expect(on.device.subarray(end)).not.toEqual(off.device.subarray(end));
  });

  it('moves the device mix to TV after the release: about 55% of sessions instead of 35%', () => {
    const n = 1000;
    const s = generateStream(3, n, { ...none, sudden: true });
    const tvShare = (from: number, to: number) => {
      let tv = 0;
      for (let i = dayStart(from, n); i < dayStart(to, n); i++) if (s.device[i] === 0) tv++;
      return tv / ((to - from) * n);
    };
    expect(tvShare(100, 150)).toBeCloseTo(0.35, 1);
    expect(tvShare(150, 200)).toBeCloseTo(0.55, 1);
  });

  it('draws outcomes at their true probabilities (the mean label is within 3 standard errors of the mean p)', () => {
    const s = generateStream(9, 500, all);
    let y = 0;
    let p = 0;
    let v = 0;
    for (let i = 0; i < s.label.length; i++) {
      y += s.label[i];
      p += s.pTrue[i];
      v += s.pTrue[i] * (1 - s.pTrue[i]);
    }
    expect(Math.abs(y - p)).toBeLessThan(3 * Math.sqrt(v));
  });
});
