import { useCallback, useEffect, useRef, useState } from 'react';
import type { Messages } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { usePageKey } from '../ui/usePageKey';

type Keys = Messages['projector'];

/** Key caps are named as printed on the keyboard, so they are marked as English. */
const SECTIONS: { title: keyof Keys; rows: [string[], keyof Keys][] }[] = [
  {
    title: 'keysLesson',
    rows: [
      [['PageDown', '→', 'Space'], 'keyNextScene'],
      [['PageUp', '←'], 'keyPreviousScene'],
      [['Home', 'End'], 'keyFirstScene'],
      [['B'], 'keyBlank'],
      [['Esc'], 'keyEndLesson'],
    ],
  },
  {
    title: 'keysTimeline',
    rows: [
      [['→', 'PageDown'], 'keyNext'],
      [['←', 'PageUp'], 'keyPrevious'],
      [['Home'], 'keyFirst'],
      [['End'], 'keyLast'],
      [['Space'], 'keyPlay'],
    ],
  },
  {
    title: 'keysNetwork',
    rows: [
      [['↑', '↓'], 'keyNeuronMove'],
      [['Enter', 'Space'], 'keyNeuronSelect'],
    ],
  },
  {
    title: 'keysApp',
    rows: [
      [['P'], 'keyProjector'],
      [['F'], 'keyFullScreen'],
      [['?'], 'keyHelp'],
      [['Esc'], 'keyEscape'],
      [['Tab', 'Shift+Tab'], 'keyTab'],
      [['Enter'], 'keyEnterValue'],
    ],
  },
];

/**
 * The "?" button and the list of keyboard shortcuts it opens (also on "?" from anywhere). A
 * modal dialog: the page behind is inert, Esc closes it, and focus returns where it was.
 */
export function ShortcutsHelp() {
  const m = useMessages().projector;
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  usePageKey(
    useCallback((key: string) => {
      if (key !== '?') return false;
      setOpen(true);
      return true;
    }, []),
  );

  useEffect(() => {
    const box = dialog.current;
    if (!open || !box) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.showModal();
    const onClose = () => setOpen(false);
    // A modal dialog makes the page inert, but Tab can still leave for the browser's own
    // controls: keep it cycling through the dialog's.
    const onTab = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const stops = [...box.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]')];
      const at = stops.indexOf(document.activeElement as HTMLElement);
      event.preventDefault();
      stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length]?.focus();
    };
    box.addEventListener('close', onClose);
    box.addEventListener('keydown', onTab);
    return () => {
      box.removeEventListener('close', onClose);
      box.removeEventListener('keydown', onTab);
      if (box.open) box.close();
      returnTo?.focus();
    };
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        data-testid="shortcuts-button"
        aria-label={m.shortcutsButton}
        title={m.shortcutsButton}
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      <dialog
        ref={dialog}
        className="shortcuts"
        data-testid="shortcuts-overlay"
        aria-labelledby="shortcuts-title"
      >
        {open && (
          <>
            <div className="shortcuts-head">
              <h2 id="shortcuts-title">{m.shortcuts}</h2>
              <button type="button" onClick={() => setOpen(false)} data-testid="shortcuts-close">
                {m.close}
              </button>
            </div>
            {SECTIONS.map((section) => (
              <section key={section.title}>
                <h3>{m[section.title]}</h3>
                <dl>
                  {section.rows.map(([keys, what]) => (
                    <div key={what} className="shortcut">
                      <dt>
                        {keys.map((k) => (
                          <kbd key={k} lang="en">
                            {k}
                          </kbd>
                        ))}
                      </dt>
                      <dd>{m[what]}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </>
        )}
      </dialog>
    </>
  );
}
