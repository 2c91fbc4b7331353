import * as v from 'valibot';
import { DatabaseClosedError, StorageFullError } from './errors';
import { exportFileSchema } from './importSchema';
import { scanJson } from './jsonScan';
import { persistenceMessages as m } from './messages';
import type { Repository } from './repository';
import type { ExportData, ModelRecord } from './schema';

/** The `format` tag of a progress file. */
export const EXPORT_FORMAT = 'ml-that-works-progress';

/** Version of the progress-file layout this code writes and the newest it reads. */
export const EXPORT_SCHEMA_VERSION = 2;

/**
 * Largest file `parseImport` accepts, in UTF-8 bytes. The UI can check `File.size`
 * against it before reading. Sized for a full course: 1,000 runs with curves take about
 * 1 MB; the complaint classifier's largest network (400 words × 128 + 64 units) about
 * 320 kB in base64, its default one about 70 kB; so 32 MB holds 50 of the largest
 * networks beside 20,000 runs' worth of room to spare for progress.
 */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/** A saved model as a progress file carries it: the weight bytes as base64 text. */
export type ExportedModel = Omit<ModelRecord, 'weightData'> & { weightDataBase64: string };

/**
 * A progress file: every store, saved models included (each with its card,
 * evaluations, stage history and weights in base64). A file without `models` (made
 * before models were exported) still imports and keeps the device's models.
 */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string; // ISO 8601
  data: Omit<ExportData, 'models'> & { models?: ExportedModel[] };
}

/** Base64 of `buffer` (standard alphabet, padded). */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode's argument list stays well under engine limits
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** A model as a file carries it. */
export function exportModel(model: ModelRecord): ExportedModel {
  const { weightData, ...rest } = model;
  return { ...rest, weightDataBase64: toBase64(weightData) };
}

/** Result of reading a progress file: the data, or a sentence for the learner. */
export type ImportResult = { ok: true; data: ExportData } | { ok: false; message: string };

/** Wraps exported data in the file envelope. */
export function createExportFile(data: ExportData, now: Date = new Date()): ExportFile {
  const { models, ...rest } = data;
  const fileData = models === undefined ? rest : { ...rest, models: models.map(exportModel) };
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now.toISOString(), data: fileData };
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
  const { models, ...rest } = result.output.data;
  return { ok: true, data: models === undefined ? rest : { ...rest, models: models as ModelRecord[] } };
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
