/** 数据交换: package import and export, keys, enrolment and the stream state other areas read (backups, the central office's 各支部). */
export { ConflictsCard } from './ConflictsCard';
export { ImportPanel } from './ImportPanel';
export { KEY_BACKUP_EXTENSION } from './data/enrolment-repository';
export { KeyError, createKeysRepository } from './data/keys-repository';
export { describeCounts, tableLabel } from './data/package-files';
export { packageExporter } from './data/sync-repository';
export { describeSyncError, findEnrolment, listPeers, type PeerRow } from './data/sync-state';
export { savePackage } from './save-package';
