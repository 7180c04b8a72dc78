import type {
  CreatedInvitationResponse,
  JobRequest,
  OrganisationDetail,
  SessionResponse,
} from '@passerelle/contracts';

import { AssessmentSeedService } from '../src/assessment/assessment-seed.service';
import { CodingSeedService } from '../src/coding/coding-seed.service';
import { ReviewSeedService } from '../src/coding/review-seed.service';
import { LearningSeedService } from '../src/learning/learning-seed.service';
import { DEMO, requestsAs, type TestApp } from './test-app';

/**
 * The demo world placement tests start from: the demo courses, the item bank, the demo
 * mentor's cohort, and Samir (finished the skills check in Arabic) and Olena (half-way) in it.
 */
export async function seedDemoLearners(t: TestApp): Promise<void> {
  await t.app.get(LearningSeedService).seedDemoCourses(null);
  await t.app.get(CodingSeedService).seedDemoCourses(null);
  await t.app.get(AssessmentSeedService).seedItemBank();
  await t.app.get(ReviewSeedService).seedDemoCohort(DEMO.mentor, DEMO.learner);
  await t.app.get(AssessmentSeedService).seedDemoAttempts(DEMO.mentor);
}

/** An organisation created by the admin, with an owner who accepted the invitation. */
export async function organisationWithOwner(
  t: TestApp,
  admin: SessionResponse,
  name: string,
  email: string,
): Promise<{ organisation: OrganisationDetail; owner: SessionResponse }> {
  const as = requestsAs(t.http, admin);
  const organisation = (await as.post('/api/organisations', { name }).expect(201))
    .body as OrganisationDetail;
  const invited = (
    await as
      .post(`/api/organisations/${organisation.id}/employers`, {
        email,
        displayName: `Hiring at ${name}`,
        role: 'owner',
      })
      .expect(201)
  ).body as CreatedInvitationResponse;
  const owner = (
    await t.http
      .post('/api/invitations/accept')
      .send({ token: invited.link.split('#token=')[1], password: 'a long password' })
      .expect(200)
  ).body as SessionResponse;
  return { organisation, owner };
}

/** A job posting with the given requirements, and plain values for everything else. */
export function jobRequest(requirements: Partial<JobRequest['requirements']> = {}): JobRequest {
  return {
    title: 'Junior web developer',
    description: '',
    location: 'Lyon',
    remote: 'hybrid',
    contractType: 'apprenticeship',
    hoursPerWeek: 35,
    startDate: null,
    requirements: { levels: {}, languages: [], courses: [], ...requirements },
  };
}
