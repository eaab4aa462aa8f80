import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { DeckTools } from './DeckTools';

/** The header's way into lessons: the built-in course, and the teacher's own deck. */
export function LessonTools() {
  const m = useMessages().lesson;
  const present = useAppStore((s) => s.present);
  return (
    <div className="lesson-tools" role="group" aria-label={m.bar}>
      <button
        type="button"
        className="primary"
        data-testid="lesson-start"
        title={m.startHint}
        aria-label={m.start}
        onClick={() => present({ source: 'course', slide: 0 })}
      >
        ▶<span className="lesson-start-label"> {m.start}</span>
      </button>
      <DeckTools />
    </div>
  );
}
