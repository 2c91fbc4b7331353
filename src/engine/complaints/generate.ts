import type { Rng } from '../random/rng';
import { expandTemplate, pick } from './expand';
import { COMPLAINT_SLOTS } from './slots';
import { CATEGORY_TEMPLATES, CLOSERS, OPENERS } from './templates';
import { addTypos } from './typos';

export interface ComplaintOptions {
  /** Number of complaints; default 2,000, clamped to 100–20,000. */
  size?: number;
  /** Probability that a stored label is replaced by a different, uniformly chosen category; default 0.1, clamped to 0–0.4. */
  labelNoise?: number;
  /** Per-word typo probability (words of ≥ 4 letters); default 0.03, clamped to 0–0.2. */
  typoRate?: number;
  /** Probability that a complaint carries a sentence worded like another category; default 0.3, clamped to 0–1. */
  mixedRate?: number;
}

export interface ComplaintCorpus {
  texts: string[];
  /** Stored labels (index into categories), after label noise: what a model is trained and scored on. */
  labels: Int32Array;
  /** The category each text was actually written for, before label noise. */
  cleanLabels: Int32Array;
  categories: string[];
}

/** Bounds and defaults of {@link ComplaintOptions}, for URL parameters and sliders. */
export const COMPLAINT_BOUNDS = {
  size: { min: 100, max: 20_000, default: 2_000 },
  labelNoise: { min: 0, max: 0.4, default: 0.1 },
  typoRate: { min: 0, max: 0.2, default: 0.03 },
  mixedRate: { min: 0, max: 1, default: 0.3 },
} as const;

const clamp = (x: number | undefined, b: { min: number; max: number; default: number }) =>
  x === undefined || !Number.isFinite(x) ? b.default : Math.min(b.max, Math.max(b.min, x));

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The category names, in label order. */
export const COMPLAINT_CATEGORIES: string[] = CATEGORY_TEMPLATES.map((c) => c.name);

/**
 * Generates a seeded synthetic corpus of customer complaints. Each complaint's
 * category is drawn with the category weights (billing 25 %, delivery 30 %,
 * product defect 20 %, account access 15 %, customer service 10 %); its text is
 * an optional opener (p = 0.35), one core sentence, an optional detail sentence
 * (p = 0.6), an optional mixed-signal sentence (p = mixedRate), an optional
 * closer (p = 0.45), all from templates with slot fillers, then typos. Finally
 * each label is flipped to another category with probability labelNoise.
 * Same rng state and options ⇒ identical corpus.
 */
export function generateComplaints(rng: Rng, options: ComplaintOptions = {}): ComplaintCorpus {
  const size = Math.round(clamp(options.size, COMPLAINT_BOUNDS.size));
  const labelNoise = clamp(options.labelNoise, COMPLAINT_BOUNDS.labelNoise);
  const typoRate = clamp(options.typoRate, COMPLAINT_BOUNDS.typoRate);
  const mixedRate = clamp(options.mixedRate, COMPLAINT_BOUNDS.mixedRate);
  const k = CATEGORY_TEMPLATES.length;
  const totalWeight = CATEGORY_TEMPLATES.reduce((s, c) => s + c.weight, 0);

  const texts: string[] = new Array(size);
  const labels = new Int32Array(size);
  const cleanLabels = new Int32Array(size);
  const expand = (t: string) => capitalise(expandTemplate(t, COMPLAINT_SLOTS, rng));

  for (let i = 0; i < size; i++) {
    let u = rng() * totalWeight;
    let c = 0;
    while (c < k - 1 && u >= CATEGORY_TEMPLATES[c].weight) u -= CATEGORY_TEMPLATES[c++].weight;
    const cat = CATEGORY_TEMPLATES[c];

    const parts: string[] = [];
    if (rng() < 0.35) parts.push(expand(pick(rng, OPENERS)));
    const body = [expand(pick(rng, cat.core))];
    if (rng() < 0.6) body.push(expand(pick(rng, cat.detail)));
    if (rng() < mixedRate) body.splice(Math.floor(rng() * (body.length + 1)), 0, expand(pick(rng, cat.mixed)));
    parts.push(...body);
    if (rng() < 0.45) parts.push(expand(pick(rng, CLOSERS)));

    // A greeting ending in a comma goes on its own line, as in a letter.
    const text = parts.map((p, j) => (j > 0 && parts[j - 1].endsWith(',') ? '\n' : j > 0 ? ' ' : '') + p).join('');
    texts[i] = addTypos(text, typoRate, rng);
    cleanLabels[i] = c;
    labels[i] = c;
    if (rng() < labelNoise) labels[i] = (c + 1 + Math.floor(rng() * (k - 1))) % k;
  }
  return { texts, labels, cleanLabels, categories: COMPLAINT_CATEGORIES.slice() };
}
