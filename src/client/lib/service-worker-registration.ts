/** Registers the service worker; filled in by the offline feature. */
export function registerServiceWorker(): void {}
