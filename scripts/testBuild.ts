/**
 * The e2e suite's build: `vite build --mode e2e`, production code plus the test handle (see
 * src/main.tsx), written beside `dist/` rather than over it so that a test run never leaves
 * test hooks in the folder that is deployed.
 */
export const E2E_MODE = 'e2e';
export const E2E_OUT_DIR = 'dist-e2e';
