import type { JobView, OrganisationSummary, SessionResponse } from '@passerelle/contracts';

import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { CodingSeedService } from '../coding/coding-seed.service';
import { LearningSeedService } from '../learning/learning-seed.service';
import { PlacementSeedService } from './placement-seed.service';

describe('placement demo data', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(LearningSeedService).seedDemoCourses(null);
    await t.app.get(CodingSeedService).seedDemoCourses(null);
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
});
