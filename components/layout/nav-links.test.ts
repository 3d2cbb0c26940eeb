import { describe, expect, it } from "vitest";
import { isCurrentSection } from "./nav-links";

describe("isCurrentSection", () => {
  it("marks a section for its own pages, and the dashboard only on itself", () => {
    expect(isCurrentSection("/sessions", "/sessions")).toBe(true);
    expect(isCurrentSection("/sessions/abc/print", "/sessions")).toBe(true);
    expect(isCurrentSection("/sessions", "/")).toBe(false);
    expect(isCurrentSection("/", "/")).toBe(true);
    expect(isCurrentSection("/admin/clients", "/clients")).toBe(false);
    expect(isCurrentSection("/clientsx", "/clients")).toBe(false);
  });
});
