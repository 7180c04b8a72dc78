import type { JobView, OrganisationDetail, SessionResponse } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { organisationWithOwner } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { LearningSeedService } from '../learning/learning-seed.service';
import { Job } from './entities/job.entity';

describe('job postings', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  let atelier: OrganisationDetail;
  let courseId: string;
  let job: JobView;

  const JOB = {
    title: '  Junior web developer ',
    description: 'Build and fix pages for our clients.',
    location: 'Lyon',
    remote: 'hybrid',
    contractType: 'apprenticeship',
    hoursPerWeek: 35,
    startDate: '2027-01-04',
    requirements: {
      levels: { coding: 4, communication: 3 },
      languages: [{ language: 'fr', skill: 'conversational' }],
      courses: [] as { courseId: string; required: boolean }[],
    },
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(LearningSeedService).seedDemoCourses(null);
    for (const role of ['admin', 'learner', 'mentor'] as const)
      s[role] = await t.signIn(DEMO[role]);
    ({ organisation: atelier, owner: s['atelier'] } = await organisationWithOwner(
      t,
      s['admin'],
      'Atelier',
      'hiring@atelier.example',
    ));
    ({ owner: s['sud'] } = await organisationWithOwner(t, s['admin'], 'Sud', 'hiring@sud.example'));
    const courses = (await as('learner').get('/api/courses').expect(200)).body as {
      id: string;
      slug: string;
    }[];
    courseId = courses.find((c) => c.slug === 'digital-basics')?.id as string;
  }, 30_000);
  afterAll(() => t.close());

  it('lets an employer post a job for their organisation, in draft', async () => {
    job = (
      await as('atelier')
        .post(`/api/organisations/${atelier.id}/jobs`, {
          ...JOB,
          requirements: { ...JOB.requirements, courses: [{ courseId, required: false }] },
        })
        .expect(201)
    ).body;
    expect(job).toMatchObject({
      title: 'Junior web developer',
      status: 'draft',
      organisation: { id: atelier.id, name: 'Atelier' },
      startDate: '2027-01-04',
      openedAt: null,
    });
    expect(job.requirements.courses).toEqual([{ courseId, required: false }]);
    const list = (await as('atelier').get(`/api/organisations/${atelier.id}/jobs`).expect(200))
      .body as JobView[];
    expect(list.map((j) => j.id)).toEqual([job.id]);
  });

  it('refuses impossible requirements and bad fields, recording nothing', async () => {
    const url = `/api/organisations/${atelier.id}/jobs`;
    const before = await t.app.get(DataSource).getRepository(Job).count();
    const cases: [object, string, string][] = [
      [
        { levels: { coding: 9 }, languages: [], courses: [] },
        'requirements.levels.coding',
        'levelOutOfRange',
      ],
      [
        { levels: { cooking: 3 }, languages: [], courses: [] },
        'requirements.levels.cooking',
        'unknownArea',
      ],
      [
        { levels: {}, languages: [{ language: 'French', skill: 'fluent' }], courses: [] },
        'requirements.languages.0.language',
        'invalidLanguageCode',
      ],
      [
        {
          levels: {},
          languages: [],
          courses: [{ courseId: '00000000-0000-4000-8000-000000000000', required: true }],
        },
        'requirements.courses.0.courseId',
        'unknownCourse',
      ],
    ];
    for (const [requirements, field, code] of cases) {
      const response = await as('atelier')
        .post(url, { ...JOB, requirements })
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    const fields = await as('atelier')
      .post(url, { ...JOB, hoursPerWeek: 90, startDate: '4 January', remote: 'moon' })
      .expect(400);
    expect(fields.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'hoursPerWeek',
      'remote',
      'startDate',
    ]);
    expect(await t.app.get(DataSource).getRepository(Job).count()).toBe(before);
  });

  it('keeps each organisation’s jobs to itself', async () => {
    await as('sud').get(`/api/organisations/${atelier.id}/jobs`).expect(404);
    await as('sud').get(`/api/jobs/${job.id}`).expect(404);
    await as('sud').patch(`/api/jobs/${job.id}`, { title: 'Taken over' }).expect(404);
    await as('sud').post(`/api/organisations/${atelier.id}/jobs`, JOB).expect(404);
    await as('sud').post(`/api/jobs/${job.id}/status`, { status: 'open' }).expect(404);
    await as('learner').get(`/api/jobs/${job.id}`).expect(403);
    await as('mentor').get(`/api/organisations/${atelier.id}/jobs`).expect(403);
    expect((await as('admin').get(`/api/jobs/${job.id}`).expect(200)).body.title).toBe(
      'Junior web developer',
    );
  });

  it('edits a job and moves it draft → open → closed → open, never back to draft', async () => {
    const edited = (
      await as('atelier')
        .patch(`/api/jobs/${job.id}`, {
          hoursPerWeek: 28,
          requirements: { ...JOB.requirements, levels: { coding: 3 } },
        })
        .expect(200)
    ).body as JobView;
    expect(edited).toMatchObject({ hoursPerWeek: 28, requirements: { levels: { coding: 3 } } });
    await as('atelier')
      .patch(`/api/jobs/${job.id}`, {
        requirements: { levels: { safety: 0 }, languages: [], courses: [] },
      })
      .expect(400);
    await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'closed' }).expect(409);
    const open = (
      await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'open' }).expect(200)
    ).body;
    expect(open.status).toBe('open');
    expect(open.openedAt).not.toBeNull();
    await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'draft' }).expect(409);
    expect(
      (await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'closed' }).expect(200))
        .body.status,
    ).toBe('closed');
    const reopened = (
      await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'open' }).expect(200)
    ).body;
    expect(reopened.openedAt).toBe(open.openedAt);
    await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'archived' }).expect(400);
  });
});
