import { startFrames, stopFrames } from './frames';

// Loaded into the app's own page (same origin, so its CSP allows it) while a list is scrolled.
(window as unknown as { benchFrames: unknown }).benchFrames = { startFrames, stopFrames };
