import { useAppStore } from '../../store/appStore';

/**
 * Once projector mode's own full screen is granted: leaving it (Esc, the browser's button) leaves
 * projector mode too, so one gesture undoes what P did.
 */
function followFullscreen(): void {
  const onChange = () => {
    if (document.fullscreenElement) return;
    document.removeEventListener('fullscreenchange', onChange);
    const s = useAppStore.getState();
    if (s.projector) s.setProjector(false);
  };
  document.addEventListener('fullscreenchange', onChange);
}

/**
 * Projector mode on or off: full screen with it (asked for inside the click or key press that
 * turned it on, as browsers require), left again with it. A browser that refuses full screen
 * (a headless one, a kiosk) still gets the large type and high contrast.
 */
export function setProjectorMode(on: boolean): void {
  useAppStore.getState().setProjector(on);
  const root = document.documentElement;
  if (on && !document.fullscreenElement && root.requestFullscreen) {
    root
      .requestFullscreen()
      .then(followFullscreen)
      .catch(() => {});
  } else if (!on && document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  }
}
