import { Role } from './roles';

/**
 * The console's areas and who may use them. The API guards the routes behind each area with
 * the same roles, and the console builds its navigation from this list.
 */
export const CONSOLE_AREAS = [
  { id: 'home', path: '', roles: [Role.Mentor, Role.Employer, Role.Admin] },
  { id: 'courses', path: 'courses', roles: [Role.Mentor, Role.Admin] },
  { id: 'cohorts', path: 'cohorts', roles: [Role.Mentor, Role.Admin] },
  { id: 'review', path: 'review', roles: [Role.Mentor, Role.Admin] },
  { id: 'assessment', path: 'assessment', roles: [Role.Mentor, Role.Admin] },
  { id: 'organisations', path: 'organisations', roles: [Role.Employer, Role.Admin] },
  { id: 'invitations', path: 'invitations', roles: [Role.Admin] },
  { id: 'accounts', path: 'accounts', roles: [Role.Admin] },
] as const satisfies readonly { id: string; path: string; roles: readonly Role[] }[];

export type ConsoleArea = (typeof CONSOLE_AREAS)[number];
export type ConsoleAreaId = ConsoleArea['id'];

export function consoleAreasFor(role: Role): ConsoleArea[] {
  return CONSOLE_AREAS.filter((area) => (area.roles as readonly Role[]).includes(role));
}

export function mayUseConsoleArea(role: Role, id: ConsoleAreaId): boolean {
  return consoleAreasFor(role).some((area) => area.id === id);
}
