import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { useEngine } from '../EngineContext';

/** Train / Pause: runs SGD for the chosen number of epochs, or pauses it. */
export function TrainToggle() {
  const engine = useEngine();
  const running = useAppStore((s) => s.running);
  const epochs = useAppStore((s) => s.epochs);
  const say = useMessages().app.training;
  return (
    <button
      className="primary"
      data-testid="train-toggle"
      aria-pressed={running}
      onClick={() => engine.train(!running, epochs)}
    >
      {running ? say.pause : say.train}
    </button>
  );
}
