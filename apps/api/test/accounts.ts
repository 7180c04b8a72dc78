import type { SessionResponse } from '@passerelle/contracts';

import { requestsAs, type TestApp } from './test-app';

/** A mentor or employer the admin invited, signed in after accepting the invitation. */
export async function invitedStaff(
  t: TestApp,
  admin: SessionResponse,
  invitation: { email: string; displayName: string; role: 'mentor' | 'employer' },
): Promise<SessionResponse> {
  const invited = await requestsAs(t.http, admin).post('/api/invitations', invitation).expect(201);
  const token = String(invited.body.link).split('#token=')[1];
  return (
    await t.http
      .post('/api/invitations/accept')
      .send({ token, password: 'a long password' })
      .expect(200)
  ).body as SessionResponse;
}
