import type { SchemaVersion } from './schema-version';

/**
 * Version 4: study notebooks (学习笔记本). Only a new store, so no upgrade function.
 *
 * - studyNotebooks: one value per member per year holding all of that year's notes
 *   (keyed by note id), never a row per note: a hospital's 750k notes over five years
 *   stay 15k stored values. A branch's notebooks are read whole (about 40 members × a
 *   few years) and filtered by year in memory, so branchId and updatedAt (sync) are the
 *   only indexes; memberId and year are in the derived primary key already.
 *   Hours from meetings are not stored here: they are derived from the meetings store.
 *   Note photos live in the attachments store under the notebook's id.
 */
export const schemaV4: SchemaVersion = {
  version: 4,
  stores: {
    studyNotebooks: 'id, branchId, updatedAt',
  },
};
