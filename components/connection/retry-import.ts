/**
 * For code a page loads after it is usable (next/dynamic): offline, or when a request drops, the
 * import is tried again every few seconds instead of failing. A failed import would throw while
 * rendering and replace the page (and what was typed) with an error; meanwhile the placeholder
 * stays. (Turbopack forgets a chunk that failed to load, so the next attempt fetches it again.)
 */
export function retryImport<T>(load: () => Promise<T>, delayMs = 3000): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve) => {
        setTimeout(() => resolve(retryImport(load, delayMs)), delayMs);
      }),
  );
}
