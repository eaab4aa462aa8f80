/**
 * Digits as people draw them on the pad, for training: each class drawn from a few randomised
 * styles (flagged and serifed ones, crossed sevens, open and closed fours, wide loops…), then
 * slanted, turned, stretched, sized and placed at random on a pad, walked at a random speed and
 * made 28×28 by the pad's own preprocessing (mnistify.ts). Separate from the drawn-digit test
 * set's hands (e2e/fixtures/drawnDigitHands.ts): other code, other shapes, other seeds.
 */
import { MNIST_SIZE, preprocessDrawing } from '../src/data/preprocess/mnistify';
import type { Point } from '../src/data/preprocess/strokes';
import { createRng } from '../src/engine/random';

type Path = Point[];
type Random = () => number;

/** The pad the synthetic strokes are drawn on, in pad pixels. */
const PAD = 300;
const TURN = 2 * Math.PI;

/** Points along an ellipse from angle a0 to a1 (radians; y down, so positive turns clockwise). */
function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number): Path {
  const n = Math.max(4, Math.ceil(Math.abs(a1 - a0) * 8));
  return Array.from({ length: n + 1 }, (_, k) => {
    const a = a0 + ((a1 - a0) * k) / n;
    return { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
  });
}

/** A quadratic Bézier from a to b pulled towards c. */
function bend(a: Point, c: Point, b: Point): Path {
  return Array.from({ length: 13 }, (_, k) => {
    const t = k / 12;
    const s = 1 - t;
    return {
      x: s * s * a.x + 2 * s * t * c.x + t * t * b.x,
      y: s * s * a.y + 2 * s * t * c.y + t * t * b.y,
    };
  });
}

const pt = (x: number, y: number): Point => ({ x, y });

/** Each class's styles: random strokes in a unit box, y down. */
const STYLES: readonly ((r: Random, u: (low: number, high: number) => number) => Path[])[] = [
  // 0: an ellipse, sometimes left open or overshot.
  (_, u) => {
    const start = u(-2.2, -1.2);
    return [arc(0.5, 0.5, u(0.22, 0.45), 0.5, start, start - TURN + u(-0.4, 0.35))];
  },
  // 1: a bar, often with a flag, sometimes with a base.
  (r, u) => {
    const top = pt(u(0.45, 0.6), 0);
    const foot = pt(u(0.4, 0.55), 1);
    const style = r();
    if (style < 0.3) return [[top, foot]];
    const flagLength = u(0.15, 0.45);
    const flagAngle = u(0.3, 1.1);
    const flag = pt(top.x - flagLength * Math.cos(flagAngle), flagLength * Math.sin(flagAngle));
    if (style < 0.7) return [[flag, top, foot]];
    const half = u(0.12, 0.3);
    return [
      [flag, top, foot],
      [pt(foot.x - half, 1), pt(foot.x + half * u(0.8, 1.2), 1)],
    ];
  },
  // 2: an arch, a diagonal and a base, sometimes looped at the turn.
  (r, u) => {
    const arch = arc(0.5, 0.28, u(0.28, 0.4), 0.26, Math.PI + u(-0.2, 0.5), TURN + u(0.2, 0.7));
    const end = arch[arch.length - 1];
    const corner = pt(u(0.05, 0.2), 1);
    const loop =
      r() < 0.3 ? arc(corner.x + 0.08, 0.92, 0.08, 0.08, -Math.PI / 2, Math.PI * 1.4) : [];
    return [
      [
        ...arch,
        ...bend(end, pt(u(0.3, 0.6), u(0.6, 0.8)), corner).slice(1),
        ...loop,
        pt(u(0.8, 1), u(0.92, 1)),
      ],
    ];
  },
  // 3: two bowls, or a flat top with a bowl below.
  (r, u) => {
    const lower = arc(
      0.5,
      0.73,
      u(0.3, 0.4),
      0.27,
      -Math.PI / 2 - u(0.2, 0.6),
      Math.PI * u(0.75, 0.95),
    );
    if (r() < 0.25) return [[pt(0.15, 0), pt(0.8, 0), pt(0.45, 0.45), ...lower.slice(1)]];
    const upper = arc(
      0.48,
      0.25,
      u(0.25, 0.35),
      0.25,
      Math.PI * u(1.05, 1.3),
      Math.PI * u(2.45, 2.6),
    );
    return [[...upper, ...lower]];
  },
  // 4: open (two strokes, slanted or upright first stroke) or closed (one stroke).
  (r, u) => {
    const bar = u(0.5, 0.7);
    const stem = u(0.55, 0.75);
    const style = r();
    if (style < 0.4) return [[pt(stem, 1), pt(stem, 0), pt(0, bar), pt(1, bar)]];
    const start = style < 0.7 ? pt(u(0.3, 0.5), 0) : pt(u(0, 0.2), 0);
    return [
      [start, pt(u(0, 0.15), bar), pt(1, bar - u(-0.05, 0.05))],
      [pt(stem, u(0, 0.3)), pt(stem - u(0, 0.08), 1)],
    ];
  },
  // 5: a bar, a neck and a belly, the bar drawn first or last.
  (r, u) => {
    const neck = pt(u(0.2, 0.35), u(0.4, 0.5));
    const belly = arc(
      0.45,
      0.7,
      u(0.32, 0.42),
      u(0.25, 0.3),
      -Math.PI * u(0.6, 0.8),
      Math.PI * u(0.75, 0.9),
    );
    const top = pt(neck.x + u(-0.05, 0.05), 0);
    const bar: Path = [top, pt(u(0.75, 1), u(-0.03, 0.03))];
    const body = [top, neck, ...belly];
    return r() < 0.5 ? [body, bar] : [[...[...bar].reverse(), ...body]];
  },
  // 6: a sweep down into a loop, small or wide.
  (_, u) => {
    const rx = u(0.25, 0.45);
    const ry = u(0.2, 0.3);
    const cy = 1 - ry;
    const sweep = bend(pt(u(0.6, 0.85), 0), pt(u(0.05, 0.25), u(0.2, 0.4)), pt(0.5 - rx, cy));
    return [[...sweep, ...arc(0.5, cy, rx, ry, Math.PI, Math.PI - TURN * u(0.8, 1.02)).slice(1)]];
  },
  // 7: a bar and a stem, straight or curved, maybe a tick and a crossbar.
  (r, u) => {
    const corner = pt(1, u(0, 0.05));
    const foot = pt(u(0.25, 0.5), 1);
    const stem = r() < 0.5 ? [corner, foot] : bend(corner, pt(u(0.5, 0.7), u(0.5, 0.7)), foot);
    const start = pt(0, u(0, 0.1));
    const head = r() < 0.3 ? [pt(0, u(0.15, 0.3)), start] : [start];
    const strokes = [[...head, ...stem]];
    if (r() < 0.35) {
      const y = u(0.45, 0.6);
      strokes.push([pt(u(0.3, 0.5), y), pt(u(0.8, 1), y + u(-0.04, 0.04))]);
    }
    return strokes;
  },
  // 8: a figure of eight in one stroke, or two loops.
  (r, u) => {
    const top = u(0.2, 0.3);
    const bottom = u(0.25, 0.38);
    const waist = u(0.42, 0.5);
    const upper = arc(0.5, waist / 2, top, waist / 2, Math.PI / 2, Math.PI / 2 - TURN);
    const lower = arc(
      0.5,
      (1 + waist) / 2,
      bottom,
      (1 - waist) / 2,
      -Math.PI / 2,
      -Math.PI / 2 + TURN,
    );
    return r() < 0.7 ? [[...upper, ...lower]] : [upper, lower];
  },
  // 9: a loop and a stem, straight or curved.
  (r, u) => {
    const rx = u(0.25, 0.4);
    const ry = u(0.18, 0.27);
    const right = 0.5 + rx;
    const loop = arc(0.5, ry, rx, ry, u(-0.3, 0.3), u(-0.3, 0.3) - TURN);
    const foot = pt(right - u(0, 0.3), 1);
    const stem = r() < 0.6 ? [pt(right, ry), foot] : bend(pt(right, ry), pt(right, 0.7), foot);
    return [[...loop, ...stem]];
  },
];

/** The path walked at a steady speed: pointer positions `step` apart, ends included. */
function walk(path: Path, step: number): Path {
  const out: Path = [path[0]];
  let last = path[0];
  for (const p of path.slice(1)) {
    const length = Math.hypot(p.x - last.x, p.y - last.y);
    for (let d = step; d < length; d += step) {
      out.push(pt(last.x + ((p.x - last.x) * d) / length, last.y + ((p.y - last.y) * d) / length));
    }
    last = p;
    out.push(p);
  }
  return out;
}

/** A coordinate kept on the pad, as the pad's edge stops a real pen. */
const onPad = (v: number): number => Math.min(PAD, Math.max(0, v));

/** One synthetic drawing of `label`, placed on the pad as a random hand would. */
function drawDigit(label: number, random: Random): Path[] {
  const u = (low: number, high: number): number => low + (high - low) * random();
  const strokes = STYLES[label](random, u);
  const slant = u(-0.3, 0.3);
  const angle = u(-0.17, 0.17);
  const aspect = u(0.75, 1.3);
  const size = u(0.2, 0.8) * PAD;
  const cx = u(size / 2, PAD - size / 2);
  const cy = u(size / 2, PAD - size / 2);
  const tremor = u(0, 0.02);
  const phase = u(0, TURN);
  const step = u(2, 14);
  return strokes.map((stroke) =>
    walk(
      stroke.map((p, k) => {
        const x = (p.x - 0.5) * aspect + slant * (0.5 - p.y) + tremor * Math.sin(phase + k);
        const y = p.y - 0.5 + tremor * Math.cos(phase + 1.3 * k);
        return pt(
          onPad(cx + size * (x * Math.cos(angle) - y * Math.sin(angle))),
          onPad(cy + size * (x * Math.sin(angle) + y * Math.cos(angle))),
        );
      }),
      step,
    ),
  );
}

/** `perClass` synthetic pad digits of each class, 28×28 each, from a seeded generator. */
export function syntheticPadDigits(perClass: number, seed: number): Uint8Array[][] {
  const random = createRng(seed).next;
  return Array.from({ length: 10 }, (_, label) =>
    Array.from({ length: perClass }, () => {
      const result = preprocessDrawing({
        strokes: drawDigit(label, random),
        width: PAD,
        height: PAD,
      });
      return result?.image ?? new Uint8Array(MNIST_SIZE * MNIST_SIZE);
    }),
  );
}
