import { consoleAreasFor, mayUseConsoleArea } from './console-areas';
import { Role } from './roles';

describe('console areas', () => {
  it('gives admins the invitations and accounts areas', () => {
    expect(consoleAreasFor(Role.Admin).map((a) => a.id)).toEqual([
      'home',
      'invitations',
      'accounts',
    ]);
  });

  it.each([Role.Mentor, Role.Employer])('gives a %s only the home area for now', (role) => {
    expect(consoleAreasFor(role).map((a) => a.id)).toEqual(['home']);
    expect(mayUseConsoleArea(role, 'invitations')).toBe(false);
  });

  it('gives learners nothing in the console', () => {
    expect(consoleAreasFor(Role.Learner)).toEqual([]);
  });
});
