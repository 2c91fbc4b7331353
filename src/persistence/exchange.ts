import * as v from 'valibot';
import { DatabaseClosedError, StorageFullError } from './errors';
import { exportFileSchema } from './importSchema';
import { scanJson } from './jsonScan';
import { persistenceMessages as m } from './messages';
import type { Repository } from './repository';
import type { ExportData } from './schema';

/** The `format` tag of a progress file. */
export const EXPORT_FORMAT = 'ml-that-works-progress';

/** Version of the progress-file layout this code writes and the newest it reads. */
export const EXPORT_SCHEMA_VERSION = 2;

/** Largest file `parseImport` accepts, in UTF-8 bytes. The UI can check `File.size` against it before reading. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * A progress file. Models are not included: their weights are binary and can
 * be megabytes each; learners retrain them from the lab (runs are kept).
 */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string; // ISO 8601
  data: ExportData;
}

/** Result of reading a progress file: the data, or a sentence for the learner. */
export type ImportResult = { ok: true; data: ExportData } | { ok: false; message: string };

/** Wraps exported data in the file envelope. */
export function createExportFile(data: ExportData, now: Date = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now.toISOString(), data };
}

/** The progress file as compact JSON text. */
export function serializeExport(data: ExportData, now?: Date): string {
  return JSON.stringify(createExportFile(data, now));
}

/** The progress file as a Blob ready for a download link. */
export function exportBlob(data: ExportData, now?: Date): Blob {
  return new Blob([serializeExport(data, now)], { type: 'application/json' });
}

/** A file name such as `ml-that-works-progress-2025-03-01.json` (UTC date). */
export function exportFileName(now: Date = new Date()): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

/** UTF-8 size of `text` in bytes, counted without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const failure = (message: string): ImportResult => ({ ok: false, message });

/**
 * Reads and validates the text of a progress file. Checks, in order: size
 * (before parsing), JSON syntax, prototype-polluting keys and nesting depth,
 * format tag, schema version (newer files are refused), then every field.
 * Never throws.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > IMPORT_MAX_BYTES || utf8ByteLength(text) > IMPORT_MAX_BYTES) return failure(m.importTooLarge);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return failure(m.importNotJson);
  }
  const problem = scanJson(parsed);
  if (problem) return failure(problem.kind === 'forbidden-key' ? m.importForbiddenKey(problem.key) : m.importTooDeep);
  const envelope = (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {}) as Record<string, unknown>;
  if (envelope.format !== EXPORT_FORMAT) return failure(m.importWrongFormat);
  const version = envelope.schemaVersion;
  if (typeof version === 'number' && Number.isFinite(version) && version > EXPORT_SCHEMA_VERSION) return failure(m.importNewerVersion);
  const result = v.safeParse(exportFileSchema, parsed);
  if (!result.success) return failure(m.importInvalid(v.getDotPath(result.issues[0]) ?? 'the top level'));
  return { ok: true, data: result.output.data };
}

/**
 * Validates a progress file and, only if it is valid, replaces the stored
 * progress with it in one transaction. On any failure nothing is changed and
 * the result carries a sentence for the learner.
 */
export async function importProgressFile(repo: Repository, text: string): Promise<ImportResult> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  try {
    await repo.importAll(parsed.data);
    return parsed;
  } catch (error) {
    const learnerFacing = error instanceof StorageFullError || error instanceof DatabaseClosedError;
    return failure(learnerFacing ? error.message : m.importFailed);
  }
}
