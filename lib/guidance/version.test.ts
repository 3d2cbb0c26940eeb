import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GUIDANCE_VERSION, guidanceEntries } from "./index";

// Signed notes record the guidance version shown. If this test fails because the content hash
// changed, bump GUIDANCE_VERSION (see index.ts) and record the new version and hash here.
const RECORDED = { version: "2026.11.2", sha256: "57fbede58aeb8981b645cbe80330df0cccd20c4cd33b6e760248ef098458aaa3" };

describe("GUIDANCE_VERSION", () => {
  it("has the YYYY.MM.N form", () => {
    expect(GUIDANCE_VERSION).toMatch(/^20\d\d\.(0[1-9]|1[0-2])\.[1-9]\d*$/);
  });

  it("changes whenever the content changes", () => {
    const sha256 = createHash("sha256").update(JSON.stringify(guidanceEntries)).digest("hex");
    expect({ version: GUIDANCE_VERSION, sha256 }).toEqual(RECORDED);
  });
});
