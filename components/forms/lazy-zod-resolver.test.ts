import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { lazyZodResolver } from "./lazy-zod-resolver";

const schema = z.object({ start: z.string().min(1, "Enter the start.") });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe("lazyZodResolver: the form's own schema, loaded on first use", () => {
  it("loads the schema once, on the first check or the preload, and validates with it", async () => {
    const load = vi.fn(() => Promise.resolve(schema));
    const resolver = lazyZodResolver<{ start: string }, { start: string }>(load);
    expect(load).not.toHaveBeenCalled();

    const refused = await resolver({ start: "" }, undefined, options);
    expect(refused.errors.start?.message).toBe("Enter the start.");
    const accepted = await resolver({ start: "09:00" }, undefined, options);
    expect(accepted.values).toEqual({ start: "09:00" });
    resolver.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("passes the values on when the schema cannot be loaded (offline), and loads it again at the next check", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(schema);
    const resolver = lazyZodResolver<{ start: string }, { start: string }>(load);
    expect(await resolver({ start: "" }, undefined, options)).toEqual({ values: { start: "" }, errors: {} });
    const refused = await resolver({ start: "" }, undefined, options);
    expect(refused.errors.start?.message).toBe("Enter the start.");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
