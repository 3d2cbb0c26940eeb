import { describe, expect, it } from "vitest";
import { BODY_PROBLEMS, MAX_BODY_BYTES, MAX_JSON_DEPTH, actionPayloadProblem, bodySizeProblem, isActionRowName, jsonDepth } from "./request-body";

describe("request body limits", () => {
  it("refuses a declared length over 1 MB, a malformed one, and a body of undeclared length", () => {
    const size = (contentLength: string | null, transferEncoding: string | null = null) => bodySizeProblem({ contentLength, transferEncoding });
    expect(size(String(MAX_BODY_BYTES))).toBeNull();
    expect(size(String(MAX_BODY_BYTES + 1))).toBe(BODY_PROBLEMS.tooLarge);
    expect(size("12abc")).toBe(BODY_PROBLEMS.malformed);
    expect(size(null, "chunked")).toBe(BODY_PROBLEMS.lengthRequired);
    expect(size(null)).toBeNull();
  });

  it("measures JSON nesting, ignoring brackets inside strings", () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('["{{{{[[[[", "\\"]]]"]')).toBe(1);
    expect(jsonDepth("42")).toBe(0);
  });

  it("accepts what React sends for our forms and refuses deep or broken JSON", () => {
    expect(actionPayloadProblem(['[{"name":"A note with [brackets] and {braces}","segments":[{"minutes":30}]}]', '"$K1"'])).toBeNull();
    const deep = `${"[".repeat(MAX_JSON_DEPTH + 1)}${"]".repeat(MAX_JSON_DEPTH + 1)}`;
    expect(actionPayloadProblem([deep])).toBe(BODY_PROBLEMS.tooDeep);
    expect(actionPayloadProblem(['{"a":'])).toBe(BODY_PROBLEMS.malformed);
    expect(actionPayloadProblem(["not json"])).toBe(BODY_PROBLEMS.malformed);
  });

  it("knows React's row fields from a form's own fields", () => {
    expect(["0", "12", "1_email", "$ACTION_ID_abc", "S1"].map(isActionRowName)).toEqual([true, true, false, false, false]);
  });
});
