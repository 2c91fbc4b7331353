// A seeded stream of viewing sessions (a recommendation shown, was it watched to the end?) over a year,
// stored column by column in typed arrays: no object per event.
import { randomNormal } from 'd3-random';
import { fnv1a64 } from '../../lib/hash';
import { childSeed, createRng } from '../random/rng';
import { CONCEPT_DAYS, DAYS, DEVICES, GENRES, HISTORY, SUDDEN_DAY, type DriftSwitches } from './config';

/** ln(minutes) of a typical session and its spread: the model's fixed standardisation of watch time. */
export const LOG_WATCH_MEAN = Math.log(45);
export const LOG_WATCH_SD = 0.6;

/** The whole stream: day d (from −HISTORY to DAYS − 1) holds events [(d + HISTORY)·n, (d + HISTORY + 1)·n). */
export interface Stream {
  eventsPerDay: number;
  /** Minutes watched in the session before the recommendation. */
  watch: Float64Array;
  /** Local hour of the session, in [0, 24). */
  hour: Float64Array;
  /** Index into DEVICES. */
  device: Uint8Array;
  /** Index into GENRES (the recommended title's genre). */
  genre: Uint8Array;
  /** 1 when the recommended title was watched to the end. */
  label: Uint8Array;
  /** The simulator's true P(label = 1) of each event (never shown to a model). */
  pTrue: Float64Array;
}

/** First event index of day d in a stream with n events a day. */
export const dayStart = (d: number, n: number): number => (d + HISTORY) * n;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const TAU = 2 * Math.PI;

/** Share of the way through a ramp from day a to day b: 0 before a, 1 after b. */
const ramp = (d: number, a: number, b: number) => Math.min(1, Math.max(0, (d - a) / (b - a)));

/** Category shares of one day, written into `out` (summing to 1). */
function deviceShares(d: number, s: DriftSwitches, out: Float64Array): void {
  out.set(s.sudden && d >= SUDDEN_DAY ? [0.55, 0.22, 0.15, 0.08] : [0.35, 0.35, 0.2, 0.1]);
}

function genreShares(d: number, s: DriftSwitches, out: Float64Array): void {
  out.set([0.3, 0.25, 0.2, 0.1, 0.15]);
  if (s.gradual) {
    const g = 0.15 * (Math.max(0, d) / DAYS);
    out[0] -= g;
    out[3] += g;
  }
  if (s.recurring) {
    const summer = Math.cos((TAU * (d - 196)) / DAYS);
    const holidays = d >= 350 ? 0.08 : 0;
    const weekend = ((d % 7) + 7) % 7 >= 5 ? 0.04 : 0;
    const k = Math.max(0, 0.07 * summer) + holidays + weekend;
    out[4] += k;
    out[0] -= k / 2;
    out[2] -= k / 2;
  }
}

/** Draws an index from shares summing to 1. */
function pick(shares: Float64Array, u: number): number {
  let acc = 0;
  for (let i = 0; i < shares.length - 1; i++) {
    acc += shares[i];
    if (u < acc) return i;
  }
  return shares.length - 1;
}

/**
 * True log-odds that a session finishes the recommended title, given its inputs on day d:
 * −0.2 + 1.3·z − 0.6·z² + 0.9·cos(2π(hour − 21)/24) + device + genre effects, with z the standardised
 * ln(watch minutes). The z² term is something a linear model cannot fit, so a shift in watch time moves
 * the best linear fit (covariate shift that matters). Concept drift (ramped in over CONCEPT_DAYS) turns the mobile, documentary and kids effects and the evening
 * effect around: −0.3 → 2.1, −0.6 → 1.6, 0.8 → −0.8, 0.9 → −0.5.
 */
export function trueLogit(d: number, s: DriftSwitches, watch: number, hour: number, device: number, genre: number): number {
  const z = (Math.log(watch) - LOG_WATCH_MEAN) / LOG_WATCH_SD;
  const c = s.concept ? ramp(d, CONCEPT_DAYS[0], CONCEPT_DAYS[1]) : 0;
  const dev = device === 0 ? 0.4 : device === 1 ? -0.3 + 2.4 * c : device === 2 ? 0 : 0.1;
  const gen = genre === 1 ? 0.3 : genre === 2 ? -0.2 : genre === 3 ? -0.6 + 2.2 * c : genre === 4 ? 0.8 - 1.6 * c : 0;
  return -0.2 + 1.3 * z - 0.6 * z * z + (0.9 - 1.4 * c) * Math.cos((TAU * (hour - 21)) / 24) + dev + gen;
}

/**
 * Generates the stream: HISTORY days before day 0 and DAYS days of `eventsPerDay` sessions each. Day d draws
 * from its own seeded source (childSeed(seed, 'day' + d)), so a day is the same whatever else changes.
 * Device and genre from the day's shares; hour of day: with probability 0.7 (0.5 on recurring weekends)
 * normal around 20.5 h (21.5 h on weekends), sd 2 h, else uniform over 06–24 h, wrapped to [0, 24);
 * watch minutes log-normal, ln-mean ln 45 + device (TV +0.3, mobile −0.3; TV +0.4 more after the release)
 * + weekend 0.2 and winter up to 0.15 (recurring) − 0.9·d/365 (gradual), ln-sd 0.6. Outcome ~ Bernoulli(σ(trueLogit)).
 */
export function generateStream(seed: number, eventsPerDay: number, s: DriftSwitches): Stream {
  const n = eventsPerDay;
  const total = (HISTORY + DAYS) * n;
  const st: Stream = {
    eventsPerDay: n,
    watch: new Float64Array(total),
    hour: new Float64Array(total),
    device: new Uint8Array(total),
    genre: new Uint8Array(total),
    label: new Uint8Array(total),
    pTrue: new Float64Array(total),
  };
  const dev = new Float64Array(DEVICES.length);
  const gen = new Float64Array(GENRES.length);
  for (let d = -HISTORY; d < DAYS; d++) {
    const rng = createRng(childSeed(seed, `day${d}`));
    const normal = randomNormal.source(rng)(0, 1);
    deviceShares(d, s, dev);
    genreShares(d, s, gen);
    const dow = ((d % 7) + 7) % 7;
    const weekend = s.recurring && dow >= 5;
    const winter = s.recurring ? 0.15 * Math.max(0, -Math.cos((TAU * (d - 196)) / DAYS)) : 0;
    const trend = s.gradual ? -0.9 * (Math.max(0, d) / DAYS) : 0;
    const evening = weekend ? 0.5 : 0.7;
    const peak = weekend ? 21.5 : 20.5;
    for (let i = dayStart(d, n), end = i + n; i < end; i++) {
      const device = pick(dev, rng());
      const genre = pick(gen, rng());
      let hour = rng() < evening ? peak + 2 * normal() : 6 + 18 * rng();
      hour = ((hour % 24) + 24) % 24;
      const mu = LOG_WATCH_MEAN + (device === 0 ? 0.3 : device === 1 ? -0.3 : 0) + (s.sudden && d >= SUDDEN_DAY && device === 0 ? 0.4 : 0) + (weekend ? 0.2 : 0) + winter + trend;
      const watch = Math.exp(mu + LOG_WATCH_SD * normal());
      const p = sigmoid(trueLogit(d, s, watch, hour, device, genre));
      st.watch[i] = watch;
      st.hour[i] = hour;
      st.device[i] = device;
      st.genre[i] = genre;
      st.pTrue[i] = p;
      st.label[i] = rng() < p ? 1 : 0;
    }
  }
  return st;
}

/** The stream's dataset version: FNV-1a 64 (src/lib/hash.ts) over the bytes of every column, 16 hex digits. */
export function streamVersion(s: Stream): string {
  const cols = [s.watch, s.hour, s.device, s.genre, s.label];
  const bytes = new Uint8Array(cols.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of cols) {
    bytes.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), at);
    at += c.byteLength;
  }
  return fnv1a64(bytes);
}
