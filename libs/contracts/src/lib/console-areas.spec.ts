import { consoleAreasFor, mayUseConsoleArea } from './console-areas';
import { Role } from './roles';

describe('console areas', () => {
  it('gives admins every area', () => {
    expect(consoleAreasFor(Role.Admin).map((a) => a.id)).toEqual([
      'home',
      'courses',
      'cohorts',
      'review',
      'assessment',
      'organisations',
      'invitations',
      'accounts',
    ]);
  });

  it('gives mentors courses, cohorts, review and assessment, but not invitations', () => {
    expect(consoleAreasFor(Role.Mentor).map((a) => a.id)).toEqual([
      'home',
      'courses',
      'cohorts',
      'review',
      'assessment',
    ]);
    expect(mayUseConsoleArea(Role.Mentor, 'invitations')).toBe(false);
  });

  it('gives employers their organisation, and nothing of the mentors’', () => {
    expect(consoleAreasFor(Role.Employer).map((a) => a.id)).toEqual(['home', 'organisations']);
    expect(mayUseConsoleArea(Role.Employer, 'courses')).toBe(false);
  });

  it('gives learners nothing in the console', () => {
    expect(consoleAreasFor(Role.Learner)).toEqual([]);
  });
});
