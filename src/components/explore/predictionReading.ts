import { argmax } from '../../engine/network';

/** What a listener is told the network reads: its answer and that output's activation in %. */
export interface PredictionReading {
  digit: number;
  percent: number;
}

export function predictionReading(output: Float64Array | null): PredictionReading | null {
  if (!output || output.length === 0 || !output.every(Number.isFinite)) return null;
  const digit = argmax(output);
  return { digit, percent: Math.round(Math.max(0, Math.min(1, output[digit])) * 100) };
}
