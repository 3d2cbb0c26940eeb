import type { Page } from "@playwright/test";

/** Locators of the session page's timer panel and segments editor, by role and accessible name. */
export const totalTime = (page: Page) => page.getByRole("timer", { name: "Total time" });
export const billingLines = (page: Page) => page.getByRole("list", { name: "Billing lines" }).getByRole("listitem");
export const segmentRows = (page: Page) => page.getByRole("list", { name: "Segments" }).getByRole("listitem");
