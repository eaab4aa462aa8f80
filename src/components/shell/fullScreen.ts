import { useSyncExternalStore } from 'react';

/**
 * The browser's full screen, on its own control (projector mode is the type and contrast, not
 * the window): asked for inside the click or key press, as browsers require. A browser that
 * refuses (a kiosk, an iframe without permission) leaves the page as it was.
 */
export function toggleFullScreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  } else {
    document.documentElement.requestFullscreen?.().catch(() => {});
  }
}

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

/** Whether the page is full screen now (also after Esc or the browser's own button). */
export const useFullScreen = (): boolean =>
  useSyncExternalStore(subscribe, () => document.fullscreenElement !== null);

/** Whether the browser lets this page go full screen at all. */
export const fullScreenAvailable = (): boolean =>
  document.fullscreenEnabled && typeof document.documentElement.requestFullscreen === 'function';
