import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base so `dist/` works from any static host and sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
