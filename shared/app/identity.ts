/**
 * Where the app lives. These values are part of the user's data: IndexedDB is keyed
 * by origin, so changing the scheme or host in a later version would leave every
 * record behind in an origin the new version never opens. Never change them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'branch-ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Folder name under the OS's application-data folder; ASCII so every OS accepts it. */
export const USER_DATA_FOLDER_NAME = 'BranchLedger';

export const PRODUCT_NAME_ZH = '支部工作台账';
