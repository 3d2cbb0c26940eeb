import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const ORIGIN = "https://crisisnote.example";

describe("safeRedirectPath", () => {
  it.each([
    ["/sessions/abc?x=1", "/sessions/abc?x=1"],
    [`${ORIGIN}/review`, "/review"],
    [undefined, "/"],
    ["/login?callbackUrl=/x", "/"],
  ])("keeps a path on this site: %s → %s", (input, expected) => {
    expect(safeRedirectPath(input, ORIGIN)).toBe(expected);
  });

  it.each(["https://evil.example/", "//evil.example", "/.//evil.example", "/%2e//evil.example", "/a/..//evil.example", "/\\evil.example", "/./\\evil.example", "javascript:alert(1)"])(
    "never leaves the site: %s → /",
    (input) => {
      const path = safeRedirectPath(input, ORIGIN);
      expect(path).toBe("/");
      expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
    },
  );
});
