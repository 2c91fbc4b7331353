/** Bounds on a file the drift report reads: beyond them it refuses with a message instead of freezing. */
export const TABLE_LIMITS = {
  /** File size in bytes (50 MB). */
  maxBytes: 50 * 1024 * 1024,
  /** Data rows (header excluded). */
  maxRows: 1_000_000,
  /** Columns in the header. */
  maxColumns: 1_000,
  /** Distinct values a categorical column may have and still be tested. */
  maxCategories: 1_000,
  /** Characters in a column name. */
  maxNameLength: 200,
} as const;

/** Why a file was refused. */
export type TableErrorCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'no-header'
  | 'duplicate-column'
  | 'no-rows'
  | 'ragged'
  | 'too-many-rows'
  | 'too-many-columns';

/** A refusal with its reason and where in the file (1-based line), for a message next to the file input. */
export class TableError extends Error {
  constructor(
    readonly code: TableErrorCode,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'TableError';
  }
}
