import type { GreyImage } from './rasterise';

/** Grey-level-weighted mean pixel position; pixel (col, row) sits at (col, row). */
export interface CentreOfMass {
  x: number;
  y: number;
  /** Total grey level; 0 means there is no ink and x, y are meaningless (NaN). */
  mass: number;
}

export function centreOfMass(image: GreyImage): CentreOfMass {
  const { width, height, pixels } = image;
  let mass = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < height; y++) {
    let rowMass = 0;
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x];
      rowMass += v;
      sumX += v * x;
    }
    mass += rowMass;
    sumY += rowMass * y;
  }
  return { x: sumX / mass, y: sumY / mass, mass };
}
