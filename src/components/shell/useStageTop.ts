import type { RefObject } from 'react';
import { useEffect } from 'react';

/**
 * Keeps `--stage-top` on <html> at the page's y where the workspace begins (below the header
 * and any notices), so the stage of every page can fill exactly the rest of the window: what
 * the class looks at is on the first screen without scrolling, at any size and in any language.
 */
export function useStageTop(app: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = app.current;
    if (!root) return;
    const measure = () => {
      const header = root.querySelector(':scope > header');
      const notices = root.querySelector(':scope > .notices');
      const last = notices ?? header;
      if (!last) return;
      const top = last.getBoundingClientRect().bottom + window.scrollY;
      document.documentElement.style.setProperty('--stage-top', `${Math.ceil(top)}px`);
    };
    const sizes = new ResizeObserver(measure);
    // Notices come and go: watch the children of the app, and the size of what is there.
    const children = new MutationObserver(() => {
      sizes.disconnect();
      for (const el of root.querySelectorAll(':scope > header, :scope > .notices')) {
        sizes.observe(el);
      }
      measure();
    });
    children.observe(root, { childList: true });
    for (const el of root.querySelectorAll(':scope > header, :scope > .notices')) sizes.observe(el);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      sizes.disconnect();
      children.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [app]);
}
