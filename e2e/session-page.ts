import type { Page } from "@playwright/test";

/** Locators of the session page's timer panel and segments editor, by role and accessible name. */
export const totalTime = (page: Page) => page.getByRole("timer", { name: "Total time" });
export const billingLines = (page: Page) => page.getByRole("list", { name: "Billing lines" }).getByRole("listitem");
export const segmentRows = (page: Page) => page.getByRole("list", { name: "Segments" }).getByRole("listitem");

/** The timer bar fixed to the bottom of the screen (its region keeps the timer's name). */
export const timerBar = (page: Page) => page.getByRole("region", { name: "Face-to-face time" });
/** The banner above it that says the page is offline or signed out. */
export const connectionBanner = (page: Page) => page.getByRole("alert").filter({ hasText: /^(You are offline\.|Your sign-in has ended\.)/ });

/** "1:05:09" → seconds. */
export function secondsOf(hms: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = hms.split(":").map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}
