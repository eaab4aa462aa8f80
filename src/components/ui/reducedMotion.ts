/** The user asked the system for less motion: jump to where an animation would end. */
export const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;
