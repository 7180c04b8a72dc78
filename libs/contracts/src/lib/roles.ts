/** The four kinds of account. The role decides which app and which routes an account may use. */
export const Role = {
  Learner: 'learner',
  Mentor: 'mentor',
  Employer: 'employer',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

/** Roles that work in the console rather than the portal. */
export const STAFF_ROLES: readonly Role[] = [Role.Mentor, Role.Employer, Role.Admin];

/** Roles an admin may invite; learners sign up themselves and admins are created by the CLI. */
export const INVITABLE_ROLES = [Role.Mentor, Role.Employer] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** Roles that write courses, preview them, follow learners' work and enrol learners. */
export const COURSE_AUTHOR_ROLES: readonly Role[] = [Role.Mentor, Role.Admin];

export function isCourseAuthor(role: Role): boolean {
  return COURSE_AUTHOR_ROLES.includes(role);
}
