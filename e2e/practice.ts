/** The practice and first admin that the first-run spec creates through /setup. */
export const PRACTICE = {
  name: "Harbor Crisis Services (e2e)",
  timeZone: "America/New_York",
} as const;

export const FIRST_ADMIN = {
  name: "Avery Admin",
  email: "first-admin@e2e.test",
  password: "first-admin-password-1",
} as const;
