import { useMessages } from '../../i18n/useMessages';

/**
 * A message in the current language, then any technical detail in its own words: marked as
 * English, so that a Chinese page says what it is rather than passing it off as Chinese.
 */
export function SaidText({ text, detail }: { text: string; detail?: string }) {
  const m = useMessages();
  return (
    <span>
      {text}
      {detail && (
        <>
          {' '}
          <span className="technical-detail" data-testid="technical-detail">
            {m.system.technicalDetail} <span lang="en">{detail}</span>
          </span>
        </>
      )}
    </span>
  );
}
