import { fileURLToPath } from 'node:url';

/** Where the shipped models live (served as models/ by Vite). */
export const MODELS_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));
export const MANIFEST_FILE = 'index.json';

/** One entry of public/models/index.json, the list the page offers. */
export interface ModelManifestEntry {
  id: string;
  file: string;
  name: string;
  description: string;
  /** Of the saved (rounded) weights on the official 10,000 test images. */
  testAccuracy: number;
  /** On the last 5,000 images of the training file, held out from training. */
  validationAccuracy: number;
}
