import type { Catchers, Comparison, PipelineResult } from '../../engine/pipelines';
import { pipelineMessages as m } from '../../messages/pipeline-explorer';

/** One sentence per pipeline on where the fault was caught, and what it cost if it reached users. */
function pipelineLines(r: PipelineResult, clean: boolean): string[] {
  const name = m.pipelines[r.pipeline];
  if (clean) return [m.result.clean(name)];
  if (r.caughtAt < 0) {
    const lines = [m.result.missed(name)];
    if (r.impact) lines.push(m.result.cost(name, m.days(r.impact.daysUntilNoticed), m.pct(r.impact.predictionsAffectedPercent)));
    return lines;
  }
  const stage = r.stages[r.caughtAt].stage;
  const lines = [m.result.caughtAt(name, m.stages[stage], r.caughtAt + 1, r.stages.length)];
  lines.push(r.impact ? m.result.inProduction(m.days(r.impact.daysUntilNoticed), m.pct(r.impact.predictionsAffectedPercent)) : m.result.beforeUsers);
  return lines;
}

/**
 * The takeaway of a run, written from its outcome: whether the learner's prediction held, where each
 * pipeline caught the fault (or what it cost in production when it slipped through), and the lesson of
 * this fault.
 */
export function takeaway(result: Comparison, prediction: Catchers | null): { prediction: string | null; devops: string[]; mlops: string[]; lesson: string } {
  const clean = result.fault === 'none';
  const truth = m.predictions[result.catchers];
  return {
    prediction:
      prediction === null ? null : prediction === result.catchers ? m.result.prediction.right(truth) : m.result.prediction.wrong(m.predictions[prediction], truth),
    devops: pipelineLines(result.devops, clean),
    mlops: pipelineLines(result.mlops, clean),
    lesson: m.result.lessons[result.fault],
  };
}

/** The note beside a stage once revealed: why it caught the fault, or why the fault slipped through it. */
export function stageNote(result: Comparison, r: PipelineResult, index: number): string {
  const s = r.stages[index];
  if (s.outcome === 'caught') return m.why[s.stage] ?? '';
  if (s.outcome === 'passed') return m.blindSpots[result.fault]?.[s.stage] ?? '';
  return '';
}
