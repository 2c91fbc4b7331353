import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import {
  createExportFile,
  exportBlob,
  exportFileName,
  exportModel,
  IMPORT_MAX_BYTES,
  importProgressFile,
  parseImport,
  serializeExport,
  utf8ByteLength,
} from '../../../src/persistence/exchange';
import { createIdbRepository } from '../../../src/persistence/idbRepository';
import { createMemoryRepository } from '../../../src/persistence/memoryRepository';
import { persistenceMessages as m } from '../../../src/persistence/messages';
import type { Repository } from '../../../src/persistence/repository';
import { freshIndexedDb, makeModel, openConnection, populate, sampleData, snapshot } from './helpers';

const fixtures = import.meta.glob<string>('../../fixtures/imports/*.json', { query: '?raw', import: 'default', eager: true });
const fixture = (name: string): string => {
  const text = fixtures[`../../fixtures/imports/${name}`];
  if (text === undefined) throw new Error(`missing fixture ${name}`);
  return text;
};
const validFile = () => JSON.parse(fixture('valid-v1.json'));
const withFile = (change: (file: ReturnType<typeof validFile>) => void) => {
  const file = validFile();
  change(file);
  return JSON.stringify(file);
};

/** The valid file with one saved model (base64 weights), changed by `change`. */
const withModel = (change: (model: Record<string, any>, file: Record<string, any>) => void) => {
  const file = validFile();
  file.data.models = [exportModel(makeModel())];
  change(file.data.models[0], file);
  return JSON.stringify(file);
};

const hostile: Array<{ name: string; text: () => string; message: string }> = [
  { name: 'malformed JSON', text: () => fixture('malformed.json'), message: m.importNotJson },
  { name: 'an empty file', text: () => '', message: m.importNotJson },
  { name: 'a file over 32 MB', text: () => `${fixture('valid-v1.json')}${' '.repeat(IMPORT_MAX_BYTES)}`, message: m.importTooLarge },
  { name: 'a file under 32 M characters but over 32 MB in UTF-8', text: () => JSON.stringify({ pad: 'é'.repeat(IMPORT_MAX_BYTES / 2 + 1_000) }), message: m.importTooLarge },
  { name: 'a "__proto__" key', text: () => fixture('proto-key.json'), message: m.importForbiddenKey('__proto__') },
  { name: 'a "__proto__" key spelled with a unicode escape', text: () => fixture('proto-key-escaped.json'), message: m.importForbiddenKey('__proto__') },
  { name: 'a "constructor" key nested in an interactive state', text: () => fixture('constructor-nested.json'), message: m.importForbiddenKey('constructor') },
  { name: 'a "prototype" key in a setting', text: () => withFile((f) => (f.data.settings[0].value = { prototype: 1 })), message: m.importForbiddenKey('prototype') },
  { name: 'nesting 100 levels deep', text: () => `${'['.repeat(100)}${']'.repeat(100)}`, message: m.importTooDeep },
  { name: 'a newer schemaVersion', text: () => fixture('newer-version.json'), message: m.importNewerVersion },
  { name: 'another format', text: () => fixture('wrong-format.json'), message: m.importWrongFormat },
  { name: 'a JSON array', text: () => '[]', message: m.importWrongFormat },
  { name: 'JSON null', text: () => 'null', message: m.importWrongFormat },
  { name: 'a schemaVersion of 0', text: () => withFile((f) => (f.schemaVersion = 0)), message: m.importInvalid('schemaVersion') },
  { name: 'a schemaVersion given as text', text: () => withFile((f) => (f.schemaVersion = '1')), message: m.importInvalid('schemaVersion') },
  { name: 'a missing data section', text: () => withFile((f) => delete f.data), message: m.importInvalid('data') },
  { name: 'a list given as text', text: () => fixture('wrong-types.json'), message: m.importInvalid('data.progress.0.completedSections') },
  { name: 'a number given as text', text: () => fixture('wrong-type-choice.json'), message: m.importInvalid('data.answers.0.choice') },
  { name: 'the string "NaN" as a metric', text: () => fixture('nan-string.json'), message: m.importInvalid('data.runs.0.metrics.lift') },
  { name: 'a number that overflows to Infinity', text: () => fixture('infinite-number.json'), message: m.importInvalid('data.progress.0.updatedAt') },
  { name: 'an infinite number inside an interactive state', text: () => fixture('infinite-in-state.json'), message: m.importInvalid('data.interactives.0.state') },
  { name: 'a key longer than 200 characters', text: () => fixture('long-string.json'), message: m.importInvalid('data.settings.0.key') },
  { name: 'a negative answer choice', text: () => withFile((f) => (f.data.answers[0].choice = -1)), message: m.importInvalid('data.answers.0.choice') },
  {
    name: 'more progress records than any course has',
    text: () => withFile((f) => (f.data.progress = Array.from({ length: 2_001 }, (_, i) => ({ ...f.data.progress[0], slug: `s${i}` })))),
    message: m.importInvalid('data.progress'),
  },
  { name: 'a model whose weight bytes do not match its weight specs', text: () => withModel((x) => (x.weightDataBase64 = 'AAAAAAAA')), message: m.importInvalid('data.models.0') },
  { name: 'a model whose weights are not base64', text: () => withModel((x) => (x.weightDataBase64 = 'AAA*')), message: m.importInvalid('data.models.0.weightDataBase64') },
  { name: 'a model in an unknown stage', text: () => withModel((x) => (x.stage = 'live')), message: m.importInvalid('data.models.0.stage') },
  { name: 'a model with an unknown weight type', text: () => withModel((x) => (x.weightSpecs[0].dtype = 'float64')), message: m.importInvalid('data.models.0.weightSpecs.0.dtype') },
  { name: 'a model card too long', text: () => withModel((x) => (x.card.limits = 'x'.repeat(2_001))), message: m.importInvalid('data.models.0.card.limits') },
  { name: 'more models than the registry takes', text: () => withModel((x, f) => (f.data.models = Array.from({ length: 201 }, (_, i) => ({ ...x, id: `m${i}` })))), message: m.importInvalid('data.models') },
  { name: 'an invalid exportedAt', text: () => withFile((f) => (f.exportedAt = 'yesterday')), message: m.importInvalid('exportedAt') },
];

describe('parseImport', () => {
  it('accepts the valid version-1 fixture and returns its data, with no reviews or pre/post checks (version 1 had none)', () => {
    expect(parseImport(fixture('valid-v1.json'))).toEqual({ ok: true, data: { ...validFile().data, reviews: [], assessments: [] } });
  });

  it('decodes a model’s base64 weights to the bytes it was exported with', () => {
    const model = makeModel({ weightSpecs: [{ name: 'w', shape: [2], dtype: 'float32' }], weightData: new Float32Array([0.5, -2]).buffer, sizeBytes: 8 });
    const result = parseImport(withModel((x, f) => (f.data.models = [exportModel(model)])));
    expect(result.ok && result.data.models).toEqual([model]);
  });

  it('leaves models out of the data of a file that has none, so importing it keeps the device’s models', async () => {
    const result = parseImport(fixture('valid-v1.json'));
    expect(result.ok && 'models' in result.data).toBe(false);
    freshIndexedDb();
    const repo = createIdbRepository(await openConnection());
    await populate(repo);
    expect((await importProgressFile(repo, fixture('valid-v1.json'))).ok).toBe(true);
    expect((await repo.listModels()).map((x) => x.id)).toEqual(['model-1']);
  });

  it('drops fields the format does not know', () => {
    const result = parseImport(withFile((f) => (f.data.runs[0].extra = 'ignored')));
    expect(result.ok && result.data.runs[0]).not.toHaveProperty('extra');
  });

  it.each(hostile)('refuses $name with a specific message', ({ text, message }) => {
    expect(parseImport(text())).toEqual({ ok: false, message });
  });

  it('words every refusal as a sentence for the learner', () => {
    for (const { text } of hostile) {
      const result = parseImport(text());
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^[A-Z].*\.$/) });
    }
  });

  it('tells the learner that a newer file comes from a newer version', () => {
    const result = parseImport(fixture('newer-version.json'));
    expect(!result.ok && result.message).toMatch(/^This file comes from a newer version of ML That Works/);
  });
});

describe('importing a hostile file into a populated store', () => {
  let repo: Repository;
  beforeEach(async () => {
    freshIndexedDb();
    repo = createIdbRepository(await openConnection());
    await populate(repo);
  });

  it.each(hostile)('leaves every store unchanged after $name', async ({ text, message }) => {
    const before = await snapshot(repo);
    expect(await importProgressFile(repo, text())).toEqual({ ok: false, message });
    expect(await snapshot(repo)).toEqual(before);
  });
});

describe('importProgressFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('restores equal data after export, reset and import', async () => {
    freshIndexedDb();
    const repo = createIdbRepository(await openConnection());
    await populate(repo);
    const exported = await repo.exportAll();
    const text = serializeExport(exported);
    await repo.resetAll();
    expect(await importProgressFile(repo, text)).toEqual({ ok: true, data: exported });
    expect(await repo.exportAll()).toEqual(exported);
  });

  it('reports a full disk with the storage-full sentence and changes nothing', async () => {
    freshIndexedDb();
    const repo = createIdbRepository(await openConnection());
    await populate(repo);
    const before = await snapshot(repo);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await importProgressFile(repo, fixture('valid-v1.json'))).toEqual({ ok: false, message: m.storageFull });
    vi.restoreAllMocks();
    expect(await snapshot(repo)).toEqual(before);
  });

  it('hides technical errors behind a plain sentence', async () => {
    const repo = createMemoryRepository();
    vi.spyOn(repo, 'importAll').mockRejectedValue(new DOMException('internal', 'UnknownError'));
    expect(await importProgressFile(repo, fixture('valid-v1.json'))).toEqual({ ok: false, message: m.importFailed });
  });
});

describe('the export file', () => {
  const at = new Date('2025-03-01T10:00:00.000Z');

  it('wraps the data in the versioned envelope', () => {
    expect(createExportFile(sampleData(), at)).toEqual({
      format: 'ml-that-works-progress',
      schemaVersion: 2,
      exportedAt: '2025-03-01T10:00:00.000Z',
      data: sampleData(),
    });
  });

  it('reads back exactly what it wrote', () => {
    expect(parseImport(serializeExport(sampleData(), at))).toEqual({ ok: true, data: sampleData() });
  });

  it('comes as a JSON blob with a dated file name', async () => {
    const blob = exportBlob(sampleData(), at);
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text()).data).toEqual(sampleData());
    expect(exportFileName(at)).toBe('ml-that-works-progress-2025-03-01.json');
  });
});

describe('utf8ByteLength', () => {
  it.each([
    { text: '', bytes: 0 },
    { text: 'abc', bytes: 3 },
    { text: 'é', bytes: 2 },
    { text: '€', bytes: 3 },
    { text: '😀', bytes: 4 },
    { text: '\ud800', bytes: 3 },
  ])('counts $bytes bytes in "$text"', ({ text, bytes }) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
  });
});
