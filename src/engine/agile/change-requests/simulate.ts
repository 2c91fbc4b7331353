import { childSeed, createRng } from '../../random/rng';
import { changeCost, type ChangeCost, type ChangeKind } from './changes';
import { simulateDelivery, type DeliveryConfig, type DeliveryResult } from './delivery';
import { buildDays } from './pipeline';
import { drawChangeStream } from './stream';

export interface ChangeRequestConfig {
  seed: number;
  /** Change requests in the stream, 1–40. */
  changes: number;
  /** Person-days to write one contract when building the modular pipeline (0–10). */
  contractDays: number;
  delivery: DeliveryConfig;
}

/** One change request of the stream, costed in both architectures. */
export interface CostedChange {
  index: number;
  kind: ChangeKind;
  modular: ChangeCost;
  coupled: ChangeCost;
}

export interface ChangeRequestResult {
  stream: CostedChange[];
  build: { modular: number; coupled: number };
  /** Person-days spent after the build and each change request: index 0 is the build alone, index k after k requests. */
  cumulative: { modular: number[]; coupled: number[] };
  /** Build plus every change request, person-days. */
  total: { modular: number; coupled: number };
  delivery: DeliveryResult;
}

/**
 * The whole lab: draws the seeded stream of change requests, costs each in both architectures with
 * changeCost, adds the build (buildDays) and the running totals, and simulates the two delivery plans.
 * Deterministic: the same config gives the same result.
 */
export function simulateChangeRequests(config: ChangeRequestConfig): ChangeRequestResult {
  const kinds = drawChangeStream(config.changes, createRng(childSeed(config.seed, 'change-stream')));
  const stream = kinds.map((kind, i) => ({ index: i + 1, kind, modular: changeCost(kind, 'modular'), coupled: changeCost(kind, 'coupled') }));
  const build = { modular: buildDays('modular', config.contractDays), coupled: buildDays('coupled', config.contractDays) };
  const cumulative = { modular: [build.modular], coupled: [build.coupled] };
  for (const c of stream) {
    cumulative.modular.push(cumulative.modular.at(-1)! + c.modular.days);
    cumulative.coupled.push(cumulative.coupled.at(-1)! + c.coupled.days);
  }
  return {
    stream,
    build,
    cumulative,
    total: { modular: cumulative.modular.at(-1)!, coupled: cumulative.coupled.at(-1)! },
    delivery: simulateDelivery(config.delivery),
  };
}
