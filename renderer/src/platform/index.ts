import { toSafeFileName } from '../../../shared/files/file-names';
import { BRIDGE_GLOBAL_NAME, type BridgeApi } from '../../../shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

declare const __APP_VERSION__: string;

function desktopBridge(): BridgeApi | undefined {
  return (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL_NAME];
}

/**
 * The one place every name of a file the app writes passes (packages, backups, Excel, PDF,
 * attachments saved back out): made from user text, it is made safe here (shared/files).
 */
export function withSafeFileNames(platform: Platform): Platform {
  return {
    ...platform,
    saveFile: (fileName, bytes, options) => platform.saveFile(toSafeFileName(fileName), bytes, options),
    printCurrentView: (suggestedName, options) => platform.printCurrentView(toSafeFileName(suggestedName), options),
  };
}

/** The desktop bridge when the preload put one on window, else browser mode. */
export function detectPlatform(): Platform {
  const bridge = desktopBridge();
  return withSafeFileNames(bridge ? createDesktopPlatform(bridge) : createBrowserPlatform(__APP_VERSION__));
}

let detected: Platform | undefined;

/** The platform of this window, detected on first use (the preload runs before any of our code). */
export function getPlatform(): Platform {
  detected ??= detectPlatform();
  return detected;
}

export type { Platform, PlatformInfo, PickedFile, SavedFile } from './platform';
export { PlatformError } from './platform';
