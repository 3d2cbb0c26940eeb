import { afterEach, describe, expect, it, vi } from "vitest";
import { retryImport } from "./retry-import";

afterEach(() => void vi.useRealTimers());

describe("retryImport: code loaded after the page survives a dropped connection", () => {
  it("tries again until the import succeeds, and never rejects", async () => {
    vi.useFakeTimers();
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockRejectedValueOnce(new Error("offline")).mockResolvedValue({ Panel: "loaded" });
    let settled: unknown = null;
    void retryImport(load, 1000).then((module) => (settled = module));
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(2001);
    expect(load).toHaveBeenCalledTimes(3);
    expect(settled).toEqual({ Panel: "loaded" });
  });
});
