/**
 * Registers the offline service worker of a production build. `sw.js` sits beside index.html
 * and the scope is that folder, so the app works offline under whatever sub-path it is served.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const script = new URL('sw.js', document.baseURI);
  navigator.serviceWorker
    .register(script, { scope: new URL('./', script).pathname })
    .catch((e: unknown) => console.warn('The offline service worker could not start:', e));
}
