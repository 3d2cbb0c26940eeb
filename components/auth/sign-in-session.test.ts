import { beforeEach, describe, expect, it, vi } from "vitest";

const nextAuth = vi.hoisted(() => ({ getSession: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth/react", () => nextAuth);

/** A fresh copy of the module (its state is per page load). */
const load = () => import("./sign-in-session");

/** A session refresh that stays in flight until `finish` is called. */
function heldRefresh(log: string[]): { finish: () => void } {
  let finish = () => undefined as void;
  nextAuth.getSession.mockImplementation(
    () =>
      new Promise((resolve) => {
        finish = () => {
          log.push("refresh answered (cookie re-issued)");
          resolve(null);
        };
      }),
  );
  return { finish: () => finish() };
}

beforeEach(() => {
  vi.resetModules();
  nextAuth.getSession.mockReset();
  nextAuth.signOut.mockReset();
});

describe("ending the session while a refresh is in flight", () => {
  it("sends the sign-out only after the refresh has answered, so the cleared cookie comes last", async () => {
    const { endSession, keepSessionAlive } = await load();
    const log: string[] = [];
    const refresh = heldRefresh(log);
    nextAuth.signOut.mockImplementation(() => {
      log.push("sign-out sent (cookie cleared)");
      return Promise.resolve();
    });

    keepSessionAlive();
    const ending = endSession("/login?reason=idle");
    // next-auth's client is imported on first use: let the import land before looking.
    await vi.dynamicImportSettled();
    expect(nextAuth.signOut).not.toHaveBeenCalled();

    refresh.finish();
    await ending;
    expect(log).toEqual(["refresh answered (cookie re-issued)", "sign-out sent (cookie cleared)"]);
    expect(nextAuth.signOut).toHaveBeenCalledWith({ callbackUrl: "/login?reason=idle" });
  });

  it("starts no refresh once the sign-out has begun", async () => {
    const { endSession, keepSessionAlive } = await load();
    nextAuth.signOut.mockReturnValue(new Promise(() => undefined));
    void endSession("/login");
    keepSessionAlive();
    await vi.dynamicImportSettled();
    expect(nextAuth.getSession).not.toHaveBeenCalled();
  });

  it("keeps one refresh in flight at a time", async () => {
    const { keepSessionAlive } = await load();
    const refresh = heldRefresh([]);
    keepSessionAlive();
    keepSessionAlive();
    await vi.dynamicImportSettled();
    expect(nextAuth.getSession).toHaveBeenCalledTimes(1);
    refresh.finish();
    await vi.waitFor(() => {
      keepSessionAlive();
      expect(nextAuth.getSession).toHaveBeenCalledTimes(2);
    });
  });

  it("lets activity refresh again when the sign-out failed", async () => {
    const { endSession, keepSessionAlive } = await load();
    nextAuth.getSession.mockResolvedValue(null);
    nextAuth.signOut.mockRejectedValue(new Error("offline"));
    await expect(endSession("/login")).rejects.toThrow("offline");
    keepSessionAlive();
    await vi.dynamicImportSettled();
    expect(nextAuth.getSession).toHaveBeenCalledTimes(1);
  });
});
