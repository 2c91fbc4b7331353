import type { DriftReport } from '../../engine/drift/report';
import type { Table } from '../../engine/tabular/readTable';
import { failureMessage } from '../../messages/drift-report';
import { DriftRequestError, workerClient, type DriftClient } from './client';

export type Side = 'reference' | 'current';

/** One file input's state: the file in use (kept when a new file fails), and the current read. */
export interface FileSlot {
  /** Name, rows and columns of the file in use, or empty when none is loaded. */
  name: string;
  rows: number;
  columns: number;
  /** Fraction read of the file being read, or null when idle. */
  progress: number | null;
  error: string;
}

const emptySlot = (): FileSlot => ({ name: '', rows: 0, columns: 0, progress: null, error: '' });

/**
 * The Drift report: reads each file in a worker, keeps the last good table per side, and re-runs the
 * report whenever both are present. A file that fails leaves the table, the report and the chart shown
 * before untouched; only its error appears. Nothing leaves the page: files are read from the disk.
 */
export class DriftReportController {
  reference = $state<FileSlot>(emptySlot());
  current = $state<FileSlot>(emptySlot());
  report = $state.raw<DriftReport | null>(null);
  comparing = $state(false);
  reportError = $state('');
  selected = $state('');

  #client: DriftClient;
  /** The tables in use, outside reactive state (large typed arrays must not be proxied or cloned). */
  #tables: Record<Side, Table | null> = { reference: null, current: null };
  #seq = { reference: 0, current: 0 };
  #queue: Promise<unknown> = Promise.resolve();

  constructor(client?: DriftClient) {
    this.#client = client ?? workerClient();
  }

  slot(side: Side): FileSlot {
    return side === 'reference' ? this.reference : this.current;
  }

  /** Reads a file for one side; on success replaces that side's table and re-runs the report. */
  async load(side: Side, file: File): Promise<void> {
    const seq = ++this.#seq[side];
    const slot = this.slot(side);
    slot.progress = 0;
    slot.error = '';
    try {
      const table = await this.#client.read(side, file, (f) => {
        if (seq === this.#seq[side]) slot.progress = f;
      });
      if (seq !== this.#seq[side]) return;
      await this.#serially(async () => {
        this.#tables[side] = table;
        slot.name = file.name.slice(0, 200);
        slot.rows = table.rows;
        slot.columns = table.columns.length;
        await this.#compare();
      });
    } catch (error) {
      if (seq !== this.#seq[side]) return;
      slot.error = error instanceof DriftRequestError ? failureMessage(error.failure) : failureMessage({ code: 'internal', detail: {} });
    } finally {
      if (seq === this.#seq[side]) slot.progress = null;
    }
  }

  async #compare(): Promise<void> {
    const ref = this.#tables.reference;
    const cur = this.#tables.current;
    if (!ref || !cur) return;
    this.comparing = true;
    this.reportError = '';
    try {
      const out = await this.#client.report(ref, cur);
      this.#tables = { reference: out.reference, current: out.current };
      this.report = out.report;
      if (!out.report.rows.some((r) => r.column === this.selected)) this.selected = out.report.rows.find((r) => r.bins)?.column ?? '';
    } catch (error) {
      if (error instanceof DriftRequestError && error.tables) this.#tables = { ...error.tables };
      this.reportError = error instanceof DriftRequestError ? failureMessage(error.failure) : failureMessage({ code: 'internal', detail: {} });
    } finally {
      this.comparing = false;
    }
  }

  #serially(task: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => {});
    return next;
  }

  dispose(): void {
    this.#client.dispose();
  }
}
