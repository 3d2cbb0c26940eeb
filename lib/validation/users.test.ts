import { describe, expect, it } from "vitest";
import { LONG_EMAIL, TEN_THOUSAND, fieldErrorsOf } from "./test-support";
import { createUserSchema, updateUserSchema, userIdSchema } from "./users";

const valid = { name: "Nia Therapist", email: "nia@practice.org", role: "therapist", credentials: "LCSW", npi: "1234567893", supervisorId: "sup-1" };

describe("createUserSchema", () => {
  it("accepts a complete form; empty optional fields become null", () => {
    expect(createUserSchema.parse({ ...valid, credentials: " ", npi: "", supervisorId: "" })).toEqual({
      name: "Nia Therapist",
      email: "nia@practice.org",
      role: "therapist",
      credentials: null,
      npi: null,
      supervisorId: null,
      // Without a choice, a supervisee's notes need co-signature.
      reviewMode: "cosign_required",
    });
  });

  it("names every missing required field", () => {
    expect(fieldErrorsOf(createUserSchema, {})).toEqual({
      name: "Enter a name.",
      email: "Enter an email address.",
      role: "Choose a role.",
    });
  });

  it("rejects oversized fields", () => {
    expect(fieldErrorsOf(createUserSchema, { ...valid, name: TEN_THOUSAND, email: LONG_EMAIL, credentials: TEN_THOUSAND })).toEqual({
      name: "Names are at most 120 characters.",
      email: "Email addresses are at most 254 characters.",
      credentials: "Credentials is at most 40 characters.",
    });
  });

  it.each([
    ["email", "not-an-email", "Enter a valid email address, like name@practice.org."],
    ["role", "superuser", "Choose a role."],
    ["npi", "1234567890", "An NPI is 10 digits with a valid check digit."],
    ["npi", "12345", "An NPI is 10 digits with a valid check digit."],
    ["name", "   ", "Enter a name."],
  ])("rejects a malformed %s (%j)", (field, value, message) => {
    expect(fieldErrorsOf(createUserSchema, { ...valid, [field]: value })).toEqual({ [field]: message });
  });

  it.each(["supervisor", "admin"])("gives a %s no supervisor", (role) => {
    expect(fieldErrorsOf(createUserSchema, { ...valid, role })).toEqual({ supervisorId: "Only therapists have a supervisor." });
    expect(createUserSchema.safeParse({ ...valid, role, supervisorId: "" }).success).toBe(true);
  });
});

describe("updateUserSchema", () => {
  const { email: _email, ...fields } = valid;

  it("needs the user and the same fields as creation", () => {
    expect(updateUserSchema.parse({ ...fields, userId: "user-1" })).toMatchObject({ userId: "user-1", npi: "1234567893" });
    expect(fieldErrorsOf(updateUserSchema, { ...fields, userId: "", npi: "1234567890" })).toMatchObject({
      userId: expect.any(String),
      npi: "An NPI is 10 digits with a valid check digit.",
    });
  });

  it("rejects an oversized user id", () => {
    expect(fieldErrorsOf(userIdSchema, { userId: TEN_THOUSAND })).toHaveProperty("userId");
    expect(fieldErrorsOf(userIdSchema, {})).toHaveProperty("userId");
  });
});
