import { describe, expect, it } from "vitest";
import { stripHiddenCharacters } from "./text";

describe("stripHiddenCharacters", () => {
  it("removes control characters and bidi overrides, keeps line breaks, tabs and every script", () => {
    expect(stripHiddenCharacters("Ro\u0000bin\u202E nosaj\u202C\u0007")).toBe("Robin nosaj");
    expect(stripHiddenCharacters("line one\r\nline two\tend")).toBe("line one\r\nline two\tend");
    expect(stripHiddenCharacters("Zoë Ōkubo-Nguyễn · محمد")).toBe("Zoë Ōkubo-Nguyễn · محمد");
  });
});
