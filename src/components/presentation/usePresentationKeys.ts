import { useEffect } from 'react';
import { movedSlide } from '../../lessons/slides';
import { useAppStore } from '../../store/appStore';
import { playedSlide } from '../../store/playedSlides';
import { controlKeepsKey, lessonKeyAction } from './lessonKeys';

/**
 * The presenter's keys while a lesson plays: they come before the page's own (the backprop
 * timeline's arrows), so one clicker walks the whole lesson. A blanked screen comes back with
 * any of them.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const s = useAppStore.getState();
      const shown = playedSlide(s);
      const action = lessonKeyAction(event.key);
      if (!s.presentation || !shown || !action) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (controlKeepsKey(event.target, event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      if (s.blanked) return s.setBlanked(false);
      if (action === 'blank') return s.setBlanked(true);
      if (action === 'end') return s.present(null);
      const slide = movedSlide(shown.slides, shown.at, action);
      s.present({ source: s.presentation.source, slide });
    };
    // Capturing on window: before any listener on the document or the page's elements.
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
