import { ProblemType, type SessionResponse } from '@passerelle/contracts';

import { eventually } from '../../test/eventually';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy';
import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';

/** The API reaches its database through a proxy this test closes, as if the database stopped. */
describe('when the database is unreachable', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let learner: SessionResponse;
  beforeAll(async () => {
    const server = new URL(process.env['PASSERELLE_TEST_ADMIN_URL'] ?? '');
    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    t = await createTestApp({}, (url) => proxy.through(url));
    learner = await t.signIn(DEMO.learner);
  });
  afterAll(async () => {
    await proxy.open();
    await t.close();
    await proxy.close();
  });

  it('answers 503 with Retry-After, reports it in /health, and recovers by itself', async () => {
    await t.http
      .get('/api/accounts/me')
      .set(...bearer(learner))
      .expect(200);
    await proxy.close();

    for (const request of [
      t.http.get('/api/accounts/me').set(...bearer(learner)),
      t.http.post('/api/auth/sign-in').send({ identifier: DEMO.learner, password: 'whatever' }),
    ]) {
      const response = await request;
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.body).toMatchObject({ type: ProblemType.ServiceUnavailable, status: 503 });
    }
    const health = await t.http.get('/health');
    expect(health.status).toBe(503);
    expect(health.headers['retry-after']).toMatch(/^\d+$/);
    expect(health.body).toMatchObject({ type: ProblemType.ServiceUnavailable, database: 'down' });

    await proxy.open();
    const recovered = await eventually(async () => {
      const response = await t.http.get('/api/accounts/me').set(...bearer(learner));
      return response.status === 200;
    }, 5000);
    expect(recovered).toBe(true);
    await t.http.get('/health').expect(200);
  });
});
