import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How every test and benchmark starts Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own browser (on a laptop that installed one). The flags keep a headless
 * Chromium from reaching for the network, which is closed here.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath:
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
