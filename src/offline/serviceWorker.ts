/// <reference lib="webworker" />
/**
 * The offline service worker, built to `sw.js` beside index.html. It precaches the app, the
 * shipped models and the test set on install, keeps whatever else the page fetches from its
 * own origin (the training set, the first time training starts) and answers from that cache
 * first, so a loaded app keeps working with the network off.
 */
import type { PrecacheManifest } from './precacheManifest';

declare const self: ServiceWorkerGlobalScope;

// The build replaces this placeholder with the manifest's JSON (scripts/serviceWorkerPlugin.ts).
const manifest = JSON.parse('__DELTASCOPE_PRECACHE_MANIFEST__') as PrecacheManifest;
const CACHE = `deltascope-${manifest.version}`;
/** The app's folder: the SW sits beside index.html, so this works under any sub-path. */
const APP_ROOT = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(manifest.files.map((file) => new URL(file, APP_ROOT).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('deltascope-') && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** Keeps a good same-origin answer for next time (the training set, fonts not precached). */
async function fetchAndKeep(request: Request): Promise<Response> {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

/** Pages: the network when it answers (a new deployment shows at once), else the cached app. */
async function navigate(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const page =
      (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ??
      (await cache.match(APP_ROOT, { ignoreVary: true }));
    if (page) return page;
    throw offline;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  // Hosts that answer with Vary: Origin would otherwise never match a module script's request.
  const cached = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  return cached ?? fetchAndKeep(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(APP_ROOT)) return;
  if (request.url === self.location.href) return;
  event.respondWith(request.mode === 'navigate' ? navigate(request) : cacheFirst(request));
});
