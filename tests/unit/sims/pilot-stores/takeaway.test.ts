import { describe, expect, it } from 'vitest';
import { bandOf, takeaway, type TakeawayInput } from '../../../../src/sims/pilot-stores/takeaway';
import { formatChange, formatMoney, formatShare } from '../../../../src/sims/pilot-stores/format';

const base: TakeawayInput = { prediction: 'most', basicMape: 15, currentMape: 3, accepted: [], decided: false, waves: [], threshold: 10 };

describe('bandOf', () => {
  it.each([
    { share: 0.2499, band: 'little' },
    { share: 0.25, band: 'some' },
    { share: 2 / 3, band: 'some' },
    { share: 0.67, band: 'most' },
  ])('puts a removed share of $share in $band', ({ share, band }) => expect(bandOf(share)).toBe(band));
});

describe('takeaway', () => {
  it('asks for the pilot first', () => {
    expect(takeaway({ ...base, basicMape: null, currentMape: null })).toEqual(['Make your prediction and run the pilot. The takeaway is written from your numbers.']);
  });

  it('writes the removed share, the biggest cut and the prediction from the numbers', () => {
    const lines = takeaway({
      ...base,
      decided: true,
      accepted: [
        { id: 'season', before: 15, after: 10 },
        { id: 'promo', before: 10, after: 3 },
      ],
    });
    expect(lines).toEqual([
      'The 2 proposals you accepted took the pilot stores’ mean MAPE from 15.00% to 3.00%: 80% of the basic forecast’s error came from what only the store managers knew.',
      'The biggest single cut came from the promotion calendar (−7.0 points).',
      'You predicted more than two thirds: that is what happened.',
      'Next, widen the rollout wave by wave.',
    ]);
  });

  it('says where the rollout halted, at what error, and what that wave’s errors cost', () => {
    const lines = takeaway({
      ...base,
      prediction: 'little',
      currentMape: 9,
      decided: true,
      accepted: [{ id: 'localHoliday', before: 15, after: 9 }],
      waves: [
        { reach: 3, mape: 9, total: 20_000, halted: false },
        { reach: 10, mape: 12.5, total: 80_000, halted: true },
      ],
    });
    expect(lines.slice(1)).toEqual([
      'You predicted less than a quarter; it was between a quarter and two thirds.',
      'The wave to 10 stores missed by 12.50% on average, above your 10% threshold, so the rollout halted with the forecast live in 3 stores. In that wave’s trial year its errors cost $80,000 in stock-outs and waste; the halt kept that forecast from spreading further.',
    ]);
  });

  it('adds up every wave’s cost once all 30 stores run the forecast', () => {
    const lines = takeaway({
      ...base,
      decided: true,
      accepted: [],
      currentMape: 15,
      threshold: 20,
      waves: [
        { reach: 3, mape: 15, total: 1000, halted: false },
        { reach: 10, mape: 14, total: 2000, halted: false },
        { reach: 30, mape: 16, total: 3000.4, halted: false },
      ],
    });
    expect(lines[0]).toBe('You rejected every proposal, so the pilot stores still run the basic forecast at 15.00% mean MAPE.');
    expect(lines.at(-1)).toContain('cost $6,000 in stock-outs and waste across the chain (mean MAPE of the last wave 16.00%)');
  });
});

describe('formats', () => {
  it('writes money, shares and changes as people read them', () => {
    expect(formatMoney(164307.4)).toBe('$164,307');
    expect(formatMoney(1.5)).toBe('$1.50');
    expect(formatMoney(4)).toBe('$4');
    expect(formatShare(0.796)).toBe('80%');
    expect(formatChange(-11.43)).toBe('−11.4 points');
    expect(formatChange(1)).toBe('+1.0 point');
    expect(formatChange(0.01)).toBe('±0.0 points');
  });
});
