import { describe, expect, it } from "vitest";
import { recordDisclosureSchema } from "./disclosure";

const valid = { clientId: "c-1", disclosedOn: "2026-03-02", recipient: " County crisis team ", description: "Crisis note", purpose: "Transfer of care" };

describe("the disclosure form's schema", () => {
  it("trims the text, strips hidden characters and reads no correction as null", () => {
    expect(recordDisclosureSchema.parse({ ...valid, recipient: "County\u202E team ", correctsId: "" })).toEqual({ ...valid, recipient: "County team", correctsId: null });
  });

  it("names each missing or malformed field", () => {
    const result = recordDisclosureSchema.safeParse({ clientId: "c-1", disclosedOn: "2026-02-30", recipient: " ", description: "", purpose: "x".repeat(501) });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["disclosedOn", "Enter a valid date."],
      ["recipient", "Enter who received the information."],
      ["description", "Describe what was disclosed."],
      ["purpose", "The purpose is at most 500 characters."],
    ]);
  });
});
