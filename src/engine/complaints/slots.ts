import type { Rng } from '../random/rng';
import { pick, type SlotFiller } from './expand';

const PRODUCTS = [
  'wireless headset', 'coffee machine', 'phone case', 'winter jacket', 'blender', 'pair of running shoes',
  'desk lamp', 'air fryer', 'smart watch', 'backpack', 'vacuum cleaner', 'kettle', 'laptop stand',
  'baby monitor', 'electric toothbrush', 'office chair', 'bluetooth speaker', 'rice cooker',
  'hair dryer', 'gaming mouse', 'yoga mat', 'toaster', 'tablet', 'printer', 'sofa cushion',
] as const;
const CARRIERS = ['UPS', 'DHL', 'FedEx', 'the courier', 'Royal Mail', 'USPS', 'DPD', 'Evri', 'your delivery partner'] as const;
const CARDS = ['credit card', 'debit card', 'PayPal account', 'bank account', 'Visa card'] as const;
const PLANS = ['premium plan', 'monthly subscription', 'annual membership', 'Plus membership', 'free trial'] as const;
const NAMES = ['Sam', 'Alex', 'Priya', 'Jordan', 'Maria', 'Chen', 'Fatima', 'Tom', 'Lena', 'Kwame'] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const COUNT_WORDS = ['twice', 'three times', 'four times', 'five times', 'several times'] as const;

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * Slot fillers for complaint templates: products, money amounts (a currency
 * symbol and 5–400 with or without cents), dates in several styles, carriers,
 * order numbers, counts of days, waiting times, names.
 */
export const COMPLAINT_SLOTS: Record<string, SlotFiller> = {
  product: (rng) => pick(rng, PRODUCTS),
  carrier: (rng) => pick(rng, CARRIERS),
  card: (rng) => pick(rng, CARDS),
  plan: (rng) => pick(rng, PLANS),
  name: (rng) => pick(rng, NAMES),
  times: (rng) => pick(rng, COUNT_WORDS),
  amount: (rng) => {
    const symbol = pick(rng, ['$', '£', '€', '$']);
    const whole = int(rng, 5, 400);
    return rng() < 0.5 ? `${symbol}${whole}` : `${symbol}${whole}.${String(int(rng, 0, 99)).padStart(2, '0')}`;
  },
  date: (rng) => {
    const style = int(rng, 0, 3);
    if (style === 0) return pick(rng, WEEKDAYS);
    if (style === 1) return `last ${pick(rng, WEEKDAYS)}`;
    if (style === 2) return `${pick(rng, MONTHS)} ${ordinal(int(rng, 1, 28))}`;
    return `${int(rng, 1, 28)}/${int(rng, 1, 12)}`;
  },
  days: (rng) => String(int(rng, 2, 21)),
  years: (rng) => String(int(rng, 2, 15)),
  order: (rng) => `#${int(rng, 100000, 999999)}`,
  duration: (rng) => pick(rng, ['45 minutes', 'an hour', 'two hours', 'over an hour', '30 minutes', 'three days', 'a week']),
};
