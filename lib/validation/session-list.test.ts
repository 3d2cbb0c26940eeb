import { describe, expect, it } from "vitest";
import { parseSessionListQuery, sessionListHref } from "./session-list";

describe("notes list query", () => {
  it("reads valid filters and the page", () => {
    expect(parseSessionListQuery({ clientId: "c1", from: "2026-03-01", to: "2026-03-31", status: "draft", page: "3" })).toEqual({
      clientId: "c1",
      from: "2026-03-01",
      to: "2026-03-31",
      status: "draft",
      page: 3,
    });
  });

  it("drops bad values instead of failing the page", () => {
    expect(parseSessionListQuery({ from: "yesterday", status: "deleted", page: "-2", clientId: "" })).toEqual({ page: 1 });
    expect(parseSessionListQuery({ page: "abc" })).toEqual({ page: 1 });
    expect(parseSessionListQuery({})).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseSessionListQuery({ status: ["final", "draft"] })).toEqual({ status: "final", page: 1 });
  });

  it("keeps the filters in page links and leaves page 1 implicit", () => {
    const query = { clientId: "a b", status: "final" as const, page: 2 };
    expect(sessionListHref(query, 3)).toBe("/sessions?clientId=a+b&status=final&page=3");
    expect(sessionListHref(query, 1)).toBe("/sessions?clientId=a+b&status=final");
    expect(sessionListHref({ page: 1 }, 1)).toBe("/sessions");
  });
});
