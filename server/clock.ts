import "server-only";

/**
 * The server's clock, read once per request for a page that shows live time: the browser
 * corrects its own clock by it (a device may be minutes off; segments are stamped here).
 */
export const serverClockMs = (): number => Date.now();
