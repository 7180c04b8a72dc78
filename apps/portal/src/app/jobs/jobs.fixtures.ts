import type { JobMatchView, MyApplication } from '@passerelle/contracts';

/** An open job as GET /api/me/jobs returns it, for specs. */
export function jobMatch(overrides: Partial<JobMatchView> = {}): JobMatchView {
  return {
    jobId: 'j1',
    title: 'Delivery planning assistant',
    organisation: { id: 'o2', name: 'Logistique Solidaire' },
    location: 'Vénissieux',
    remote: 'hybrid',
    contractType: 'fixed-term',
    hoursPerWeek: 30,
    startDate: '2027-02-01',
    description: 'Plan delivery rounds in a spreadsheet and call customers.',
    match: {
      score: 50,
      checks: [
        {
          kind: 'level',
          status: 'met',
          required: true,
          requirement: { area: 'information', level: 3 },
          evidence: { level: 4, assessedAt: '2026-11-24T09:00:00Z' },
        },
        {
          kind: 'language',
          status: 'partly',
          required: true,
          requirement: { language: 'fr', skill: 'conversational' },
          evidence: { skill: 'basic' },
        },
      ],
      met: 1,
      partly: 1,
      missing: 0,
      missingRequired: 0,
    },
    applicationId: null,
    ...overrides,
  };
}

/** One of the learner's applications as the API returns it, for specs. */
export function myApplication(overrides: Partial<MyApplication> = {}): MyApplication {
  return {
    id: 'a1',
    job: { id: 'j1', title: 'Delivery planning assistant', organisation: 'Logistique Solidaire' },
    stage: 'suggested',
    message: 'I plan well.',
    invitationResponse: null,
    sharedContact: null,
    withdrawnAt: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
