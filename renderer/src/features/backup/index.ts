/** Backups and storage: the cards 设置 shows, the disk warning 首页 shows, and the startup tasks (today's automatic backup). */
export { BackupCard } from './BackupCard';
export { StorageCard, StorageWarning } from './StorageCard';
export * from './hooks';
