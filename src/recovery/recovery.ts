/**
 * Recovery for a screen that runs all day unattended: a chunk that fails to load (the network
 * dropped, or a new build replaced the files) is retried, and if it still fails, or an error
 * escapes React, the page reloads after a pause rather than staying blank or half drawn.
 */

export const RELOAD_AFTER_MS = 5000;
const RETRIES = 2;
const RETRY_DELAY_MS = 1500;

let reloadScheduled = false;

/** Reloads the page once, after a pause, keeping only the kiosk settings of the address. */
export function scheduleReload(reason: unknown): void {
  if (reloadScheduled) return;
  reloadScheduled = true;
  console.warn('Petrograd 1917 reloads after an error:', reason);
  window.setTimeout(() => {
    const params = new URLSearchParams(window.location.search);
    const keep = new URLSearchParams();
    for (const key of ['kiosk', 'idle', 'lang']) {
      const value = params.get(key);
      if (value !== null) keep.set(key, value);
    }
    const query = keep.toString();
    window.location.replace(`${window.location.pathname}${query ? `?${query}` : ''}`);
  }, RELOAD_AFTER_MS);
}

/** Runs a dynamic import, retrying a couple of times; on final failure schedules a reload. */
export async function loadWithRetry<T>(load: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    try {
      return await load();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => window.setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
  scheduleReload(lastError);
  throw lastError;
}

/** Errors outside React (Leaflet handlers, timers, failed promises) reset the screen too. */
export function installGlobalRecovery(): void {
  window.addEventListener('error', (event) => {
    // Browsers report this benign layout notice as an error; it breaks nothing.
    if (String(event.message).includes('ResizeObserver loop')) return;
    scheduleReload(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => scheduleReload(event.reason));
}
