import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Selecting a tfjs backend in Node; each returns notes for the report. */

export async function useCpuBackend(): Promise<string[]> {
  if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the cpu backend did not start');
  return [`tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}`];
}

const WASM_BINARIES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
] as const;
const SIMD_BINARY = 'tfjs-backend-wasm-simd.wasm';

/**
 * The wasm backend loading its binaries from the package's dist folder on disk (nothing is
 * fetched). The file map records which binary the backend asks for, so the SIMD build is
 * verified rather than assumed; anything else is an error.
 */
export async function useWasmSimdBackend(): Promise<string[]> {
  const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
  const files: Record<string, string> = {};
  for (const name of WASM_BINARIES) {
    files[name] = join(dist, name);
    if (!existsSync(files[name])) throw new Error(`tfjs-wasm: ${files[name]} is missing`);
  }
  const asked = new Set<string>();
  let recording = false;
  setWasmPaths(
    new Proxy(files, {
      get(target, name) {
        if (recording && typeof name === 'string') asked.add(name);
        return Reflect.get(target, name);
      },
    }),
  );
  // setWasmPaths reads every entry; from here on only the binary being loaded is looked up.
  recording = true;
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not start');
  recording = false;
  const loaded = [...asked];
  if (loaded.length !== 1 || loaded[0] !== SIMD_BINARY) {
    throw new Error(`tfjs-wasm loaded ${loaded.join(', ') || 'no binary'}, not ${SIMD_BINARY}`);
  }
  return [
    `tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}, ${getThreadsCount()} thread(s)`,
    `binary in use: ${relative(process.cwd(), files[SIMD_BINARY])} (SIMD, verified)`,
  ];
}
