/** Where every neuron of the network view sits, in CSS pixels of the view. */
export interface NetworkLayout {
  width: number;
  height: number;
  /** x of each layer's column and y of each neuron, layer 0 (input) first. */
  x: number[];
  y: number[][];
  /** Circle radius of the neurons of each layer (the input column uses cells of this height). */
  radius: number[];
}

const MARGIN_X = 28;
const MARGIN_Y = 18;
/** Room kept right of the output layer for its digit labels and values ("7 −2.9×10⁻²"). */
const LABEL_ROOM = 132;
/** The same labels at a projector's 18 px and up. */
export const PROJECTOR_LABEL_ROOM = 172;

/**
 * Layers left to right, each column centred vertically. The 784 inputs form a thin
 * 3Blue1Brown column of tiny cells; other layers are circles, as large as their spacing allows.
 */
export function layoutNetwork(
  sizes: readonly number[],
  width: number,
  height: number,
  labelRoom = LABEL_ROOM,
): NetworkLayout {
  const columns = sizes.length;
  const left = MARGIN_X;
  const right = width - labelRoom;
  const x = sizes.map((_, l) => left + ((right - left) * l) / Math.max(1, columns - 1));
  const usable = height - 2 * MARGIN_Y;
  const radius: number[] = [];
  const y = sizes.map((n, l) => {
    const spacing = usable / n;
    radius.push(l === 0 ? spacing / 2 : Math.min(18, spacing * 0.38));
    const top = MARGIN_Y + (usable - spacing * n) / 2 + spacing / 2;
    return Array.from({ length: n }, (_, i) => top + i * spacing);
  });
  return { width, height, x, y, radius };
}
