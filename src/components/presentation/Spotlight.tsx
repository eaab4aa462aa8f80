import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { playedSlide } from '../../store/playedSlides';
import { prefersReducedMotion } from '../ui/reducedMotion';

/** Room around the focus inside the spotlight, in px. */
const MARGIN = 8;

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const sameBox = (a: Box | null, b: Box | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.top === b.top &&
    a.left === b.left &&
    a.width === b.width &&
    a.height === b.height);

/** The focus's box on screen, clipped to the window above the lesson bar. */
function boxOf(focus: Element, bottom: number): Box | null {
  const r = focus.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  const top = Math.max(0, r.top - MARGIN);
  const left = Math.max(0, r.left - MARGIN);
  const right = Math.min(window.innerWidth, r.right + MARGIN);
  const lower = Math.min(bottom, r.bottom + MARGIN);
  return { top, left, width: Math.max(0, right - left), height: Math.max(0, lower - top) };
}

/** Whether less than half of the focus (or of the room, for a tall one) is on screen. */
function hiddenMostly(focus: Element, room: number): boolean {
  const r = focus.getBoundingClientRect();
  const visible = Math.max(0, Math.min(r.bottom, room) - Math.max(r.top, 0));
  return visible < 0.5 * Math.min(r.height, room);
}

/** Where the lesson bar begins: the spotlight never reaches under it. */
const barTop = () =>
  document.querySelector('.scene-bar')?.getBoundingClientRect().top ?? window.innerHeight;

/**
 * Brings a scene's focus into view (smoothly, unless the user asked for less motion) and keeps
 * a spotlight on it: the rest of the page is dimmed but stays live, so students can still draw
 * and the teacher can still point and train. The spotlight glides from one focus to the next.
 */
export function Spotlight() {
  const focus = useAppStore((s) => playedSlide(s)?.slide.focus);
  const slide = useAppStore((s) => s.presentation?.slide);
  const [box, setBox] = useState<Box | null>(null);

  useEffect(() => {
    if (!focus) return;
    let frame = 0;
    let scrolled = false;
    /** The user scrolled the page: the spotlight follows the focus but no longer moves the page. */
    let userScrolled = false;
    let lastY = window.scrollY;
    const selector = `[data-testid="${CSS.escape(focus)}"]`;
    const bringIntoView = (target: Element, behavior: ScrollBehavior) => {
      // A focus taller than the room above the bar shows its top, where its title is.
      const tall = target.getBoundingClientRect().height > barTop();
      target.scrollIntoView({ block: tall ? 'start' : 'nearest', inline: 'nearest', behavior });
    };
    const measure = () => {
      frame = 0;
      const target = document.querySelector(selector);
      const room = barTop();
      const still = window.scrollY === lastY;
      lastY = window.scrollY;
      if (target && !scrolled) {
        scrolled = true;
        bringIntoView(target, prefersReducedMotion() ? 'auto' : 'smooth');
      } else if (target && still && !userScrolled && hiddenMostly(target, room)) {
        // The page moved under the focus as the scene settled (a formula typeset, a card
        // grown): it is brought back at once.
        bringIntoView(target, 'auto');
      }
      const next = target ? boxOf(target, room) : null;
      setBox((old) => (sameBox(old, next) ? old : next));
    };
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const byUser = () => {
      userScrolled = true;
    };
    // The focus may appear later (a page loading) and moves with scrolling and layout.
    const changes = new MutationObserver(soon);
    changes.observe(document.body, { childList: true, subtree: true });
    const sizes = new ResizeObserver(soon);
    sizes.observe(document.body);
    window.addEventListener('scroll', soon, true);
    window.addEventListener('resize', soon);
    window.addEventListener('wheel', byUser, { passive: true });
    window.addEventListener('touchmove', byUser, { passive: true });
    soon();
    return () => {
      setBox(null);
      cancelAnimationFrame(frame);
      changes.disconnect();
      sizes.disconnect();
      window.removeEventListener('scroll', soon, true);
      window.removeEventListener('resize', soon);
      window.removeEventListener('wheel', byUser);
      window.removeEventListener('touchmove', byUser);
    };
  }, [focus, slide]);

  if (!box) return null;
  return (
    <div
      className="scene-spotlight"
      data-testid="lesson-spotlight"
      data-focus={focus}
      aria-hidden="true"
      style={{ top: box.top, left: box.left, width: box.width, height: box.height }}
    />
  );
}
