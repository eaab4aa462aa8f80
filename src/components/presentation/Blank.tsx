import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';

/** The blanked stage (B): black, as presentation software leaves it; the lesson waits behind. */
export function Blank() {
  const m = useMessages().lesson;
  const blanked = useAppStore((s) => s.blanked && s.presentation !== null);
  if (!blanked) return null;
  return (
    <div
      className="scene-blank"
      data-testid="lesson-blank"
      role="button"
      tabIndex={0}
      aria-label={m.blanked}
      onClick={() => useAppStore.getState().setBlanked(false)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') useAppStore.getState().setBlanked(false);
      }}
    />
  );
}
