export const ROLES = ["therapist", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  therapist: "Therapist",
  supervisor: "Supervisor",
  admin: "Practice admin",
};

/** Roles that document clinical care; admins see billing fields only (DESIGN.md). */
export const CLINICAL_ROLES: readonly Role[] = ["therapist", "supervisor"];

export const isClinical = (role: Role): boolean => CLINICAL_ROLES.includes(role);
