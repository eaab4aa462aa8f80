import { useCallback, useEffect, useRef } from 'react';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { PROJECTOR_LABEL_ROOM, layoutNetwork } from '../../viz/network/layout';
import type { FlowMotion, FlowValues } from '../../viz/network/signalFlow';
import { flowDuration, paintSignalFlow, wholeNetwork } from '../../viz/network/signalFlow';
import { frameOf } from '../../viz/network/stateFrame';
import { vizColors } from '../../viz/palette';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { useStepMotion } from './useStepMotion';
import './signalFlow.css';

/**
 * The values the motion is coloured by: the activations and gradients the view shows, and on
 * the explore page the probe digit's δ (when it has a label) for a backward motion.
 */
function flowValues(s: AppState): FlowValues {
  const layers = frameOf(s)?.layers ?? [];
  const probe = s.page === 'backprop' ? null : s.snapshot?.probe;
  return {
    a: layers.map((p) => (p.quantity === 'a' ? p.values : null)),
    gradient: layers.map((p, l) => {
      if (p.quantity === 'dCda' || p.quantity === 'dCdz') return p.values;
      const delta = probe?.dCdz[l];
      return delta?.length ? delta : null;
    }),
  };
}

/** A motion waiting for the next frame; a lesson's cue outranks a step's own motion. */
interface Request {
  motion: FlowMotion;
  cued: boolean;
}

interface Loop {
  frame: number;
  pending: Request | null;
}

/**
 * An overlay at rest holds no pixels: the figure's export skips an empty canvas, and a
 * projector-sized bitmap is not kept for nothing.
 */
function rest(overlay: HTMLCanvasElement): void {
  overlay.width = 0;
  overlay.height = 0;
  delete overlay.dataset.motion;
}

/** Plays `motion` on the overlay from the frame time `start`, one frame at a time, then stops. */
function run(overlay: HTMLCanvasElement, motion: FlowMotion, start: number, loop: Loop): void {
  // Resizing clears whatever a motion cut short left behind.
  rest(overlay);
  const box = overlay.parentElement;
  const [width, height] = [box?.clientWidth ?? 0, box?.clientHeight ?? 0];
  const s = useAppStore.getState();
  const sizes = s.model?.spec.sizes;
  if (!sizes || width === 0 || height === 0) return;
  const dpr = window.devicePixelRatio || 1;
  overlay.width = Math.round(width * dpr);
  overlay.height = Math.round(height * dpr);
  const ctx = overlay.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // The view's own layout, worked out the same way for the same box.
  const layout = layoutNetwork(
    sizes,
    width,
    height,
    s.projector ? PROJECTOR_LABEL_ROOM : undefined,
  );
  const values = flowValues(s);
  const colors = vizColors(s);
  const duration = flowDuration(motion);
  overlay.dataset.motion = motion.direction;
  const tick = (now: number) => {
    const progress = (now - start) / duration;
    paintSignalFlow(ctx, layout, motion, progress, values, colors);
    if (progress < 1) loop.frame = requestAnimationFrame(tick);
    else rest(overlay);
  };
  tick(start);
}

/**
 * The network's motion overlay: plays each new `motionCue` across the whole network, and each
 * backprop step's own motion, one frame loop per motion that stops when it ends. Nothing moves
 * for a user who asked for reduced motion.
 */
export function SignalFlow() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const loop = useRef<Loop>({ frame: 0, pending: null });

  const request = useCallback((next: Request) => {
    const overlay = canvas.current;
    const state = loop.current;
    if (!overlay) return;
    if (prefersReducedMotion()) {
      cancelAnimationFrame(state.frame);
      return rest(overlay);
    }
    // A scene sets its step and cues its motion together: the cue is what its author asked for.
    if (state.pending?.cued && !next.cued) return;
    state.pending = next;
    cancelAnimationFrame(state.frame);
    state.frame = requestAnimationFrame((start) => {
      state.pending = null;
      run(overlay, next.motion, start, state);
    });
  }, []);

  const playStep = useCallback((motion: FlowMotion) => request({ motion, cued: false }), [request]);
  useStepMotion(playStep);

  useEffect(() => {
    const state = loop.current;
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      const cue = s.motionCue;
      if (!cue || cue.at === prev.motionCue?.at) return;
      const columns = s.model?.spec.sizes.length;
      if (columns) request({ motion: wholeNetwork(cue.kind, columns), cued: true });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(state.frame);
    };
  }, [request]);

  return (
    <canvas
      ref={canvas}
      className="layer signal-flow"
      data-testid="signal-flow"
      width={0}
      height={0}
      aria-hidden
    />
  );
}
