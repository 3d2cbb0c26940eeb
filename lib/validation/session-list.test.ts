import { describe, expect, it } from "vitest";
import { parseSessionListQuery, sessionListHref } from "./session-list";

const cursor = { createdAt: "2026-03-09T10:00:00.000Z", id: "0b7f6a52-2c57-4c39-9d0e-52f3f1d1b0aa" };
const cursorParam = `${cursor.createdAt}_${cursor.id}`;

describe("notes list query", () => {
  it("reads valid filters and where the page starts", () => {
    expect(parseSessionListQuery({ clientId: "c1", from: "2026-03-01", to: "2026-03-31", status: "draft", after: cursorParam })).toEqual({
      clientId: "c1",
      from: "2026-03-01",
      to: "2026-03-31",
      status: "draft",
      after: cursor,
    });
    expect(parseSessionListQuery({ before: cursorParam })).toEqual({ before: cursor });
  });

  it("drops bad values instead of failing the page", () => {
    expect(parseSessionListQuery({ from: "yesterday", status: "deleted", after: "3", clientId: "" })).toEqual({});
    expect(parseSessionListQuery({ after: "2026-03-09_x", before: `${cursor.createdAt}_a b` })).toEqual({});
    expect(parseSessionListQuery({ page: "4" })).toEqual({});
    expect(parseSessionListQuery({})).toEqual({});
  });

  it("takes the first of repeated parameters, and `after` over `before`", () => {
    expect(parseSessionListQuery({ status: ["final", "draft"] })).toEqual({ status: "final" });
    expect(parseSessionListQuery({ after: cursorParam, before: cursorParam })).toEqual({ after: cursor });
  });

  it("keeps the filters in page links and leaves the newest page implicit", () => {
    const query = { clientId: "a b", status: "final" as const, after: cursor };
    expect(sessionListHref(query, { after: cursor })).toBe(`/sessions?clientId=a+b&status=final&after=${encodeURIComponent(cursorParam)}`);
    expect(sessionListHref(query, { before: cursor })).toBe(`/sessions?clientId=a+b&status=final&before=${encodeURIComponent(cursorParam)}`);
    expect(sessionListHref(query, "newest")).toBe("/sessions?clientId=a+b&status=final");
    expect(sessionListHref({}, "newest")).toBe("/sessions");
  });

  it("round-trips a cursor through its link", () => {
    const href = sessionListHref({ status: "draft" }, { after: cursor });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseSessionListQuery(params)).toEqual({ status: "draft", after: cursor });
  });
});
