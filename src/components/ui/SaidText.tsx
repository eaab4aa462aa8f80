import { splitEchoes, visible } from '../../i18n/echo';
import { useMessages } from '../../i18n/useMessages';

/**
 * A message in the current language, then any technical detail in its own words: marked as
 * English, so that a Chinese page says what it is rather than passing it off as Chinese. What
 * either repeats of the user's input sits in a <bdi>, so it cannot reorder the message.
 */
export function SaidText({ text, detail }: { text: string; detail?: string }) {
  const m = useMessages();
  return (
    <span>
      {splitEchoes(text).map((part, i) => (i % 2 ? <bdi key={i}>{part}</bdi> : part))}
      {detail && (
        <>
          {' '}
          <span className="technical-detail" data-testid="technical-detail">
            {/* The engine's words may quote a model file: written out and isolated too. */}
            {m.system.technicalDetail} <bdi lang="en">{visible(detail)}</bdi>
          </span>
        </>
      )}
    </span>
  );
}
