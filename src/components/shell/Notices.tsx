import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { SaidText } from '../ui/SaidText';

/** Messages for the user (bad files, diverged training); each can be dismissed. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  const m = useMessages();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <p
          key={n.id}
          className={`notice ${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <SaidText text={n.text(m)} detail={n.detail} />
          <button onClick={() => dismiss(n.id)} aria-label={m.system.dismiss}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
