import { BRIDGE_GLOBAL_NAME, type BridgeApi } from '../../../shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

declare const __APP_VERSION__: string;

function desktopBridge(): BridgeApi | undefined {
  return (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL_NAME];
}

/** The desktop bridge when the preload put one on window, else browser mode. */
export function detectPlatform(): Platform {
  const bridge = desktopBridge();
  return bridge ? createDesktopPlatform(bridge) : createBrowserPlatform(__APP_VERSION__);
}

let detected: Platform | undefined;

/** The platform of this window, detected on first use (the preload runs before any of our code). */
export function getPlatform(): Platform {
  detected ??= detectPlatform();
  return detected;
}

export type { Platform, PlatformInfo, PickedFile, SavedFile } from './platform';
export { PlatformError } from './platform';
