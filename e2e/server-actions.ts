import type { APIRequestContext, Page, Request } from "@playwright/test";

/**
 * A server action request exactly as the app's own form sent it, minus the sender's cookies, so
 * that it can be replayed from another session: what an attacker with devtools would do.
 */
export type CapturedAction = { url: string; headers: Record<string, string>; body: string };

export type ActionResponse = { status: number; text: string; location: string | undefined };

const REPLAYED_HEADERS = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];

const isServerAction = (request: Request) => request.method() === "POST" && request.headers()["next-action"] !== undefined;

async function toCaptured(request: Request): Promise<CapturedAction> {
  const all = await request.allHeaders();
  const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((name) => (all[name] ? [[name, all[name]]] : [])));
  return { url: request.url(), headers, body: request.postData() ?? "" };
}

/** Runs `submit` and returns the server action request it made. */
export async function captureServerAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const [request] = await Promise.all([page.waitForRequest(isServerAction), submit()]);
  return toCaptured(request);
}

/** Like captureServerAction, but the request never reaches the server (for practice-wide changes). */
export async function interceptServerAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let resolve: (action: CapturedAction) => void = () => undefined;
  const captured = new Promise<CapturedAction>((r) => (resolve = r));
  await page.route("**/*", async (route) => {
    if (!isServerAction(route.request())) return route.fallback();
    resolve(await toCaptured(route.request()));
    return route.abort();
  });
  await submit();
  const action = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return action;
}

/** The captured action's argument with some fields changed, encoded as the browser encoded it. */
export function withArgument(action: CapturedAction, changes: Record<string, unknown>): string {
  const [argument, ...rest] = JSON.parse(action.body) as [Record<string, unknown>, ...unknown[]];
  return JSON.stringify([{ ...argument, ...changes }, ...rest]);
}

/** Sends the captured request again from `request`'s session (its cookies, or none). */
export async function replay(request: APIRequestContext, action: CapturedAction, body: string): Promise<ActionResponse> {
  const response = await request.post(action.url, { headers: action.headers, data: body, maxRedirects: 0 });
  return { status: response.status(), text: await response.text(), location: response.headers()["location"] };
}
