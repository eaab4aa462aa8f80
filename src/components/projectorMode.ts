import { useAppStore } from '../store/appStore';

/**
 * Projector mode on or off: full screen with it (asked for inside the click or key press that
 * turned it on, as browsers require), left again with it. A browser that refuses full screen
 * (a headless one, a kiosk) still gets the large type and high contrast.
 */
export function setProjectorMode(on: boolean): void {
  useAppStore.getState().setProjector(on);
  const root = document.documentElement;
  if (on && !document.fullscreenElement && root.requestFullscreen) {
    root.requestFullscreen().catch(() => {});
  } else if (!on && document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  }
}
