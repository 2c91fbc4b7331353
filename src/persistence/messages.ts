/**
 * Learner-facing sentences produced by the persistence layer. Kept in one
 * place so the UI message catalog (src/messages.ts) can re-export or
 * translate them.
 */
export const persistenceMessages = {
  storageFull:
    'Your browser has no storage space left for ML That Works, so this was not saved. ' +
    'Your earlier progress is safe. Delete some saved runs or models, or export your progress, then try again.',
  notPersistent: 'Progress will not be kept on this device.',
  versionChange: 'ML That Works was updated in another tab. Reload this page to keep saving your progress.',
  unavailable: 'Saving is not available right now. Reload the page to try again.',
  importTooLarge: 'This file is too large to be an ML That Works progress file (the limit is 32 MB, room for every run and dozens of saved models). Nothing was imported.',
  importNotJson: 'This file is not a readable progress file: it is not valid JSON. Nothing was imported.',
  importForbiddenKey: (key: string) =>
    `This file contains a field named "${key}", which progress files never have, so it was refused. Nothing was imported.`,
  importTooDeep: 'This file is nested too deeply to be a progress file. Nothing was imported.',
  importWrongFormat: 'This file is not an ML That Works progress file. Nothing was imported.',
  importNewerVersion:
    'This file comes from a newer version of ML That Works. Reload the page to get the latest version, then import it again. Nothing was imported.',
  importInvalid: (where: string) =>
    `This progress file has a missing or invalid value at "${where}", so it may be damaged or edited. Nothing was imported.`,
  importFailed: 'The progress file could not be saved, so nothing was imported. Reload the page and try again.',
} as const;
