import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getPracticeSettings } from "@/db/practice";

/**
 * The practice's settings, read once per request: the sign-in check (its idle time-out), the
 * layout and the page share one read. Outside a React render (a route handler) `cache` does not
 * memoize, and each call reads.
 */
export const requestPracticeSettings = cache(() => getPracticeSettings({ db: getDb() }));
