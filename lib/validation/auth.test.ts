import { describe, expect, it } from "vitest";
import { changePasswordSchema, signInSchema } from "./auth";
import { LONG_EMAIL, LONG_PASSWORD, TEN_THOUSAND, fieldErrorsOf } from "./test-support";

describe("signInSchema", () => {
  it("accepts an email and password, normalising the email", () => {
    expect(signInSchema.parse({ email: " Avery@Practice.ORG", password: "x" })).toEqual({ email: "avery@practice.org", password: "x" });
  });

  it("names missing fields", () => {
    expect(fieldErrorsOf(signInSchema, {})).toEqual({ email: "Enter an email address.", password: "Enter your password." });
    expect(fieldErrorsOf(signInSchema, { email: "", password: "" })).toEqual({
      email: "Enter an email address.",
      password: "Enter your password.",
    });
  });

  it("rejects a malformed or oversized email", () => {
    expect(fieldErrorsOf(signInSchema, { email: "avery", password: "x" })).toEqual({
      email: "Enter a valid email address, like name@practice.org.",
    });
    expect(fieldErrorsOf(signInSchema, { email: LONG_EMAIL, password: "x" })).toEqual({
      email: "Email addresses are at most 254 characters.",
    });
  });

  // An oversized password is refused before argon2 sees it, with the generic sign-in message.
  it("rejects an oversized password without hashing it", () => {
    expect(fieldErrorsOf(signInSchema, { email: "avery@practice.org", password: LONG_PASSWORD })).toEqual({
      password: "Email or password is incorrect.",
    });
  });
});

describe("changePasswordSchema", () => {
  const valid = { currentPassword: "old-password", newPassword: "new-password-1", confirmPassword: "new-password-1" };

  it("accepts a new password of at least 12 characters, repeated", () => {
    expect(changePasswordSchema.safeParse(valid).success).toBe(true);
  });

  it("names missing fields", () => {
    expect(fieldErrorsOf(changePasswordSchema, {})).toEqual({
      currentPassword: "Enter your current password.",
      newPassword: "Enter a password.",
      confirmPassword: "Repeat the new password.",
    });
  });

  it.each([
    { name: "a short new password", change: { newPassword: "short", confirmPassword: "short" }, errors: { newPassword: "Use at least 12 characters." } },
    { name: "a 1,000-character new password", change: { newPassword: LONG_PASSWORD, confirmPassword: LONG_PASSWORD }, errors: { newPassword: "Use at most 256 characters." } },
    { name: "a repeat that differs", change: { confirmPassword: "new-password-2" }, errors: { confirmPassword: "The two new passwords do not match." } },
    {
      name: "the current password again",
      change: { newPassword: "old-password", confirmPassword: "old-password", currentPassword: "old-password" },
      errors: { newPassword: "Choose a password different from the current one." },
    },
  ])("rejects $name", ({ change, errors }) => {
    expect(fieldErrorsOf(changePasswordSchema, { ...valid, ...change })).toEqual(errors);
  });

  it("rejects an oversized current password", () => {
    expect(fieldErrorsOf(changePasswordSchema, { ...valid, currentPassword: TEN_THOUSAND })).toHaveProperty("currentPassword");
  });
});
