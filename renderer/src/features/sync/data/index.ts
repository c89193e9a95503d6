/**
 * 数据交换's data entry: what other areas' data code reads of the sync state (peers, the
 * enrolment, keys, the exporter, table names). Only data/ files: importing it never pulls a screen.
 */
export { KEY_BACKUP_EXTENSION } from './enrolment-repository';
export { KeyError, createKeysRepository } from './keys-repository';
export { describeCounts, tableLabel } from './package-files';
export { packageExporter, syncReads } from './sync-repository';
export { describeSyncError, findEnrolment, listPeers, type PeerRow } from './sync-state';
