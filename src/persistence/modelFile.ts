import * as v from 'valibot';
import { exportModel, IMPORT_MAX_BYTES, utf8ByteLength, type ExportedModel } from './exchange';
import { modelSchema } from './importSchema';
import { scanJson } from './jsonScan';
import type { ModelRecord } from './schema';

/** The `format` tag of a one-model file ("Export model" in the registry). */
export const MODEL_FILE_FORMAT = 'ml-that-works-model';

/** Version of the one-model file layout. */
export const MODEL_FILE_VERSION = 1;

/** One saved model with its card, evaluations, stage history and weights (base64). */
export interface ModelFile {
  format: typeof MODEL_FILE_FORMAT;
  schemaVersion: number;
  exportedAt: string; // ISO 8601
  model: ExportedModel;
}

/** Sentences for a refused model file. */
export const modelFileMessages = {
  tooLarge: 'This file is too large to be a model file. Nothing was imported.',
  notJson: 'This file is not a readable model file: it is not valid JSON. Nothing was imported.',
  forbidden: 'This file contains fields model files never have, so it was refused. Nothing was imported.',
  wrongFormat: 'This file is not an ML That Works model file (progress files are imported under Settings). Nothing was imported.',
  newer: 'This model file comes from a newer version of ML That Works. Reload the page, then import it again. Nothing was imported.',
  invalid: (where: string) => `This model file has a missing or invalid value at "${where}", so it may be damaged or edited. Nothing was imported.`,
} as const;

const fileSchema = v.object({
  format: v.literal(MODEL_FILE_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  model: modelSchema,
});

/** The text of a model file for `model`. */
export function serializeModelFile(model: ModelRecord, now: Date = new Date()): string {
  const file: ModelFile = { format: MODEL_FILE_FORMAT, schemaVersion: MODEL_FILE_VERSION, exportedAt: now.toISOString(), model: exportModel(model) };
  return JSON.stringify(file);
}

/** A file name such as `model-complaint-classifier-network-32-16-2026-11-30.json`. */
export function modelFileName(model: Pick<ModelRecord, 'name' | 'createdAt'>): string {
  const slug = model.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'model';
  return `model-${slug}-${new Date(model.createdAt).toISOString().slice(0, 10)}.json`;
}

/**
 * Reads and validates a model file, in the same order as progress files: size, JSON,
 * forbidden keys and depth, format, version, then every field (weights against their
 * specs). Never throws.
 */
export function parseModelFile(text: string): { ok: true; model: ModelRecord } | { ok: false; message: string } {
  if (text.length > IMPORT_MAX_BYTES || utf8ByteLength(text) > IMPORT_MAX_BYTES) return { ok: false, message: modelFileMessages.tooLarge };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: modelFileMessages.notJson };
  }
  if (scanJson(parsed)) return { ok: false, message: modelFileMessages.forbidden };
  const envelope = (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {}) as Record<string, unknown>;
  if (envelope.format !== MODEL_FILE_FORMAT) return { ok: false, message: modelFileMessages.wrongFormat };
  if (typeof envelope.schemaVersion === 'number' && envelope.schemaVersion > MODEL_FILE_VERSION) return { ok: false, message: modelFileMessages.newer };
  const result = v.safeParse(fileSchema, parsed);
  if (!result.success) return { ok: false, message: modelFileMessages.invalid(v.getDotPath(result.issues[0]) ?? 'the top level') };
  return { ok: true, model: result.output.model as ModelRecord };
}
