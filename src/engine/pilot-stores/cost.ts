/** Unit costs of a forecast error, in dollars (illustrative). */
export interface UnitCosts {
  /** Cost of one unit under-forecast: a shelf left empty (lost margin, a customer who shops elsewhere). */
  stockout: number;
  /** Cost of one unit over-forecast: stock marked down, thrown away or held. */
  waste: number;
}

/** Illustrative unit costs: $4.00 per unit short, $1.50 per unit left over. Not Walmart's figures. */
export const UNIT_COSTS: UnitCosts = { stockout: 4, waste: 1.5 };

/** What a forecast's errors cost over a period. */
export interface ErrorCost {
  /** Σ max(0, actual − forecast): units customers wanted that were not on the shelf. */
  shortUnits: number;
  /** Σ max(0, forecast − actual): units ordered that did not sell. */
  overUnits: number;
  /** shortUnits · stockout, dollars. */
  stockoutCost: number;
  /** overUnits · waste, dollars. */
  wasteCost: number;
  /** stockoutCost + wasteCost, dollars. */
  total: number;
}

/**
 * Operational cost of forecasting `forecast` when `actual` sold, week by week
 * (the store stocks what was forecast): an under-forecast of u units costs
 * u·stockout (empty shelf), an over-forecast of o units costs o·waste.
 * Arrays in units; costs in dollars.
 */
export function errorCost(actual: ArrayLike<number>, forecast: ArrayLike<number>, costs: UnitCosts = UNIT_COSTS): ErrorCost {
  if (actual.length !== forecast.length) throw new RangeError(`arrays differ in length: ${actual.length} vs ${forecast.length}`);
  let shortUnits = 0;
  let overUnits = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = actual[i] - forecast[i];
    if (d > 0) shortUnits += d;
    else overUnits -= d;
  }
  const stockoutCost = shortUnits * costs.stockout;
  const wasteCost = overUnits * costs.waste;
  return { shortUnits, overUnits, stockoutCost, wasteCost, total: stockoutCost + wasteCost };
}
