import type {
  CandidateMatch,
  JobView,
  OrganisationSummary,
  PipelineEntry,
  SessionResponse,
} from '@passerelle/contracts';

import { seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { PlacementSeedService } from './placement-seed.service';

describe('placement demo data', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoLearners(t);
    for (const role of ['admin', 'employer'] as const) s[role] = await t.signIn(DEMO[role]);
  }, 60_000);
  afterAll(() => t.close());

  it('gives the demo employer an organisation with jobs, once', async () => {
    const seed = t.app.get(PlacementSeedService);
    expect(await seed.seedDemoOrganisations(DEMO.employer)).toBe(true);
    expect(await seed.seedDemoOrganisations(DEMO.employer)).toBe(false);

    const all = (await as('admin').get('/api/organisations').expect(200))
      .body as OrganisationSummary[];
    expect(all).toHaveLength(2);
    const mine = (await as('employer').get('/api/organisations').expect(200))
      .body as OrganisationSummary[];
    expect(mine.map((o) => o.name)).toEqual(['Atelier Numérique Lyon']);
    const jobs = (await as('employer').get(`/api/organisations/${mine[0].id}/jobs`).expect(200))
      .body as JobView[];
    expect(jobs).toHaveLength(3);
    expect(jobs.map((j) => j.status).sort()).toEqual(['draft', 'open', 'open']);
    const developer = jobs.find((j) => j.title.startsWith('Junior web developer'));
    expect(developer?.requirements.courses).toHaveLength(1);
    for (const other of all.filter((o) => o.id !== mine[0].id)) {
      await as('employer').get(`/api/organisations/${other.id}/jobs`).expect(404);
    }
  });

  it('gives the employer a real review: ranked candidates, one private learner left out, a pipeline', async () => {
    const seed = t.app.get(PlacementSeedService);
    expect(await seed.seedDemoCandidates(DEMO.mentor)).toBe(true);
    expect(await seed.seedDemoCandidates(DEMO.mentor)).toBe(false);
    const [mine] = (await as('employer').get('/api/organisations').expect(200))
      .body as OrganisationSummary[];
    const jobs = (await as('employer').get(`/api/organisations/${mine.id}/jobs`).expect(200))
      .body as JobView[];
    const developer = jobs.find((j) => j.title.startsWith('Junior web developer')) as JobView;
    const ranked = (await as('employer').get(`/api/jobs/${developer.id}/candidates`).expect(200))
      .body as CandidateMatch[];
    expect(ranked.map((c) => c.displayName)).toEqual(['Samir Haddad', 'Olena Kovalenko']);
    expect(ranked[0].match.score).toBeGreaterThan(ranked[1].match.score);
    const pipeline = (await as('employer').get(`/api/jobs/${developer.id}/pipeline`).expect(200))
      .body as PipelineEntry[];
    expect(pipeline.map((p) => [p.displayName, p.stage])).toEqual([
      ['Samir Haddad', 'shortlisted'],
    ]);
    // Olena chose the phone: private until she accepts an interview.
    const olena = await t.signIn('olena@passerelle.local');
    const contact = (await requestsAs(t.http, olena).get('/api/me/contact').expect(200)).body;
    expect(contact).toMatchObject({ phone: '+33756123489', contactVia: 'phone' });
    expect(pipeline[0].contact).toBeNull();
  });
});
