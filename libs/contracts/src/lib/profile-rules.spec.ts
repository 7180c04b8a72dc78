import { profileFieldProblems } from './profile-rules';
import type { ProfileRequest } from './profiles';

const profile: ProfileRequest = {
  headline: 'Web developer',
  bio: '',
  experience: [
    { title: 'Cook', organisation: '', from: '2020-01', to: '2021-06', description: '' },
  ],
  availableFrom: null,
  hoursPerWeek: null,
  preferredLocations: ['Lyon'],
  remoteOk: false,
  rightToWork: null,
};

const paths = (change: Partial<ProfileRequest>) =>
  profileFieldProblems({ ...profile, ...change }).map(({ field, code }) => `${field} ${code}`);

describe('profileFieldProblems', () => {
  it('accepts a complete profile, and one left mostly empty', () => {
    expect(profileFieldProblems(profile)).toEqual([]);
    expect(paths({ headline: '', experience: [], preferredLocations: [] })).toEqual([]);
  });

  it('asks each job for a title and a start month, months written as months', () => {
    expect(
      paths({
        experience: [
          { title: '', organisation: '', from: '', to: null, description: '' },
          { title: 'x', organisation: '', from: '2020-13', to: '2021', description: '' },
        ],
      }),
    ).toEqual([
      'experience.0.title required',
      'experience.0.from required',
      'experience.1.from pattern',
      'experience.1.to pattern',
    ]);
  });

  it('keeps texts, hours, the start day and the lists within their limits', () => {
    expect(
      paths({
        headline: 'x'.repeat(121),
        availableFrom: '2027-02-30x',
        hoursPerWeek: 60,
        preferredLocations: ['a', 'b', 'c', 'd', 'e', 'f'],
      }),
    ).toEqual([
      'headline maxLength',
      'availableFrom pattern',
      'hoursPerWeek range',
      'preferredLocations range',
    ]);
    expect(paths({ preferredLocations: ['x'.repeat(81)] })).toEqual([
      'preferredLocations.0 maxLength',
    ]);
  });
});
