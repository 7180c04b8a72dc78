import type { ProfileRequest } from '@passerelle/contracts';

import {
  draftChanged,
  draftOf,
  emptyExperience,
  experienceField,
  placeServerErrors,
  placesOf,
  type ProfileDraft,
  submissionOf,
  westernDigits,
} from './profile-form';

const saved: ProfileRequest = {
  headline: 'Junior web developer',
  bio: 'I built a website for my cousin’s shop.',
  experience: [
    {
      title: 'Shop assistant',
      organisation: 'Corner shop',
      from: '2019-03',
      to: null,
      description: '',
    },
  ],
  availableFrom: '2027-01-04',
  hoursPerWeek: 35,
  preferredLocations: ['Lyon', 'Villeurbanne'],
  remoteOk: true,
  rightToWork: 'pending',
};

const blank: ProfileDraft = draftOf({
  headline: '',
  bio: '',
  experience: [],
  availableFrom: null,
  hoursPerWeek: null,
  preferredLocations: [],
  remoteOk: false,
  rightToWork: null,
});

describe('the "About you" form and its request', () => {
  it('round-trips a saved profile: numbers, dates and lists as the learner types them', () => {
    const draft = draftOf(saved);
    expect(draft).toMatchObject({
      hoursPerWeek: '35',
      places: 'Lyon, Villeurbanne',
      availableFrom: '2027-01-04',
      rightToWork: 'pending',
    });
    expect(draft.experience[0]).toMatchObject({ title: 'Shop assistant', to: '' });
    const { request, errors } = submissionOf(draft);
    expect(errors).toEqual({});
    expect(request).toEqual(saved);
    expect(draftChanged(draft, saved)).toBe(false);
    expect(draftChanged({ ...draft, headline: ' Junior web developer ' }, saved)).toBe(false);
    expect(draftChanged({ ...draft, remoteOk: false }, saved)).toBe(true);
  });

  it('sends nothing-given fields as null and trims text', () => {
    const { request, errors } = submissionOf({
      ...blank,
      headline: '  Cook who is learning web design ',
      hoursPerWeek: ' ',
    });
    expect(errors).toEqual({});
    expect(request).toEqual({
      headline: 'Cook who is learning web design',
      bio: '',
      experience: [],
      availableFrom: null,
      hoursPerWeek: null,
      preferredLocations: [],
      remoteOk: false,
      rightToWork: null,
    });
  });

  it('drops a job left empty, keeps the others in order with the row of each', () => {
    const empty = emptyExperience();
    const cook = { ...emptyExperience(), title: ' Cook ', from: '2018-01', to: '2020-12' };
    const { request, rowKeys } = submissionOf({ ...blank, experience: [empty, cook] });
    expect(request.experience).toEqual([
      { title: 'Cook', organisation: '', from: '2018-01', to: '2020-12', description: '' },
    ]);
    expect(rowKeys).toEqual([cook.key]);
  });

  it('says what is wrong next to each field of a job', () => {
    const a = { ...emptyExperience(), organisation: 'Bakery', from: 'March 2019' };
    const b = { ...emptyExperience(), title: 'Driver', from: '2021-06', to: '2020-01' };
    const { errors } = submissionOf({ ...blank, experience: [a, b] });
    expect(errors).toEqual({
      [experienceField(a.key, 'title')]: { key: 'errors.field.required' },
      [experienceField(a.key, 'from')]: { key: 'profile.error.month' },
      [experienceField(b.key, 'to')]: { key: 'profile.error.endBeforeStart' },
    });
  });

  it('checks hours, dates, places and lengths like the API does', () => {
    const { errors } = submissionOf({
      ...blank,
      headline: 'x'.repeat(121),
      hoursPerWeek: '60',
      availableFrom: '04/01/2027',
      places: 'a, b, c, d, e, f',
    });
    expect(errors).toEqual({
      headline: { key: 'errors.field.maxLength', params: { max: 120 } },
      hoursPerWeek: { key: 'profile.error.hours', params: { min: 1, max: 48 } },
      availableFrom: { key: 'profile.error.date' },
      places: { key: 'profile.error.tooManyPlaces', params: { max: 5 } },
    });
    expect(submissionOf({ ...blank, hoursPerWeek: '2.5' }).errors).toHaveProperty('hoursPerWeek');
  });

  it('reads hours typed with Arabic or Persian digits', () => {
    expect(westernDigits('٣٥')).toBe('35');
    expect(westernDigits('۴۰')).toBe('40');
    expect(submissionOf({ ...blank, hoursPerWeek: '٢٠' }).request.hoursPerWeek).toBe(20);
  });

  it('splits places on Latin and Arabic commas, once each', () => {
    expect(placesOf('Lyon,  Villeurbanne ، ليون; lyon,,')).toEqual([
      'Lyon',
      'Villeurbanne',
      'ليون',
    ]);
  });

  it('places the API’s field errors on the rows that were sent', () => {
    const a = emptyExperience();
    const b = emptyExperience();
    expect(
      placeServerErrors(
        {
          'experience.1.from': { key: 'errors.field.invalid' },
          'preferredLocations.0': { key: 'errors.field.maxLength', params: { max: '80' } },
          hoursPerWeek: { key: 'errors.field.invalid' },
          'experience.7.title': { key: 'errors.field.required' },
        },
        [a.key, b.key],
      ),
    ).toEqual({
      [experienceField(b.key, 'from')]: { key: 'errors.field.invalid' },
      places: { key: 'errors.field.maxLength', params: { max: '80' } },
      hoursPerWeek: { key: 'errors.field.invalid' },
      experience: { key: 'errors.field.required' },
    });
  });
});
