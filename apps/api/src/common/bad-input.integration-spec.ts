import { ProblemType, type SessionResponse } from '@passerelle/contracts';
import type { Response } from 'supertest';

import { jobRequest, organisationWithOwner } from '../../test/placement';
import { bearer, createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { AssessmentSeedService } from '../assessment/assessment-seed.service';
import { LearningSeedService } from '../learning/learning-seed.service';

const WELL_FORMED_TOKEN = `6f1c1f4e-0000-4000-8000-000000000000.${'a'.repeat(43)}`;

/** Every body-taking route of the API, with a valid body to spoil. */
const ROUTES = [
  {
    method: 'post',
    path: '/api/auth/sign-up',
    auth: false,
    body: {
      email: 'v@example.org',
      password: 'valid password',
      displayName: 'V',
      preferredLanguage: 'en',
    },
  },
  {
    method: 'post',
    path: '/api/auth/sign-in',
    auth: false,
    body: { identifier: 'v@example.org', password: 'valid password' },
  },
  {
    method: 'post',
    path: '/api/auth/refresh',
    auth: false,
    body: { refreshToken: WELL_FORMED_TOKEN },
  },
  {
    method: 'post',
    path: '/api/auth/sign-out',
    auth: false,
    body: { refreshToken: WELL_FORMED_TOKEN },
  },
  {
    method: 'post',
    path: '/api/invitations',
    auth: true,
    body: { email: 'i@example.org', displayName: 'I', role: 'mentor' },
  },
  {
    method: 'post',
    path: '/api/invitations/preview',
    auth: false,
    body: { token: 'a'.repeat(43) },
  },
  {
    method: 'post',
    path: '/api/invitations/accept',
    auth: false,
    body: { token: 'a'.repeat(43), password: 'valid password' },
  },
  { method: 'patch', path: '/api/accounts/me', auth: true, body: { displayName: 'New name' } },
] as const;

function expectProblem(response: Response, status: number) {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(response.body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
  });
}

function fieldsOf(response: Response): string[] {
  return (response.body.errors ?? []).map((e: { field: string }) => e.field);
}

describe('bad input never yields a 5xx', () => {
  let t: TestApp;
  let admin: SessionResponse;
  beforeAll(async () => {
    t = await createTestApp({
      THROTTLE_SIGN_IN_PER_ACCOUNT: '1000',
      THROTTLE_SIGN_IN_PER_ADDRESS: '1000',
    });
    admin = await t.signIn(DEMO.admin);
  });
  afterAll(() => t.close());

  const send = (route: (typeof ROUTES)[number]) => {
    const req = route.method === 'post' ? t.http.post(route.path) : t.http.patch(route.path);
    return route.auth ? req.set(...bearer(admin)) : req;
  };

  describe.each(ROUTES)('$method $path', (route) => {
    const fields = Object.keys(route.body);

    it.each(fields)('names the missing field %s', async (field) => {
      const body: Record<string, unknown> = { ...route.body };
      delete body[field];
      const response = await send(route).send(body);
      if (route.path === '/api/accounts/me') {
        // Every field of an update is optional.
        expect(response.status).toBe(200);
        return;
      }
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.Validation);
      expect(fieldsOf(response)).toContain(field);
    });

    it.each(fields)('names the field %s when its type is wrong', async (field) => {
      const response = await send(route).send({ ...route.body, [field]: { nested: [1, 2] } });
      expectProblem(response, 400);
      expect(fieldsOf(response)).toContain(field);
    });

    it.each(fields)('names the field %s when it is null', async (field) => {
      const response = await send(route).send({ ...route.body, [field]: null });
      expectProblem(response, 400);
      expect(fieldsOf(response)).toContain(field);
    });

    it.each(fields)('refuses a NUL character in %s with a 4xx', async (field) => {
      const response = await send(route).send({ ...route.body, [field]: 'a\u0000b' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it.each(fields)('names the field %s when it holds a lone UTF-16 surrogate', async (field) => {
      // JSON.stringify writes the lone surrogate as the escape `\ud800`, as an attacker would.
      const response = await send(route).send({ ...route.body, [field]: 'a\ud800b' });
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.Validation);
      expect(response.body.errors).toContainEqual(
        expect.objectContaining({ field, code: 'isWellFormed' }),
      );
    });

    it('refuses a body nested 10,000 levels deep with 400', async () => {
      const [field] = fields;
      const response = await send(route)
        .set('Content-Type', 'application/json')
        .send(`{"${field}": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.MalformedBody);
    });

    it('refuses a body of 40,000 values with 400', async () => {
      const [field] = fields;
      const response = await send(route)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ [field]: Array(40_000).fill(0) }));
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.MalformedBody);
    });

    it('names an unknown field', async () => {
      const response = await send(route).send({ ...route.body, isAdmin: true });
      expectProblem(response, 400);
      expect(response.body.errors).toContainEqual(
        expect.objectContaining({ field: 'isAdmin', code: 'whitelistValidation' }),
      );
    });

    it('refuses a 1 MB body with 413', async () => {
      const response = await send(route)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ ...route.body, padding: 'x'.repeat(1024 * 1024) }));
      expectProblem(response, 413);
      expect(response.body.type).toBe(ProblemType.PayloadTooLarge);
    });

    it('refuses malformed JSON with 400', async () => {
      const response = await send(route)
        .set('Content-Type', 'application/json')
        .send('{"email": "a@b.c",');
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.MalformedBody);
    });

    it('refuses a body that is not an object', async () => {
      for (const body of ['[1,2]', '"text"', 'null']) {
        const response = await send(route).set('Content-Type', 'application/json').send(body);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('refuses a non-JSON body with 4xx', async () => {
      const response = await send(route).set('Content-Type', 'text/plain').send('hello');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('path and query parameters', () => {
    it.each(['/api/accounts/not-a-uuid', '/api/accounts/1234'])(
      'names a bad UUID in %s',
      async (path) => {
        const response = await t.http.get(path).set(...bearer(admin));
        expectProblem(response, 400);
        expect(response.body.errors).toEqual([
          expect.objectContaining({ field: 'id', code: 'isUuid' }),
        ]);
      },
    );

    it('names a bad UUID on DELETE /api/invitations/:id', async () => {
      const response = await t.http.delete('/api/invitations/nope').set(...bearer(admin));
      expectProblem(response, 400);
      expect(fieldsOf(response)).toEqual(['id']);
    });

    it.each([
      ['role=wizard', 'role'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['pageSize=1000', 'pageSize'],
      ['page=1e21', 'page'],
      ['page=100001', 'page'],
      ['unknown=1', 'unknown'],
    ])('names the bad query parameter in ?%s', async (query, field) => {
      const response = await t.http.get(`/api/accounts?${query}`).set(...bearer(admin));
      expectProblem(response, 400);
      expect(fieldsOf(response)).toContain(field);
    });
  });

  it('refuses a NUL character in a search with a 4xx', async () => {
    const response = await t.http.get('/api/accounts?search=a%00b').set(...bearer(admin));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  /** PATCH /api/accounts/me with a raw body. */
  const patchRaw = (body: string | Buffer, contentType = 'application/json') =>
    t.http
      .patch('/api/accounts/me')
      .set(...bearer(admin))
      .set('Content-Type', contentType)
      .send(body);

  describe('nesting depth', () => {
    const nested = (depth: number) =>
      `{"displayName": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

    it('reads a body nested 64 levels deep (then validates it)', async () => {
      const response = await patchRaw(nested(64));
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.Validation);
      expect(fieldsOf(response)).toContain('displayName');
    });

    it('refuses a body nested 65 levels deep, brackets inside strings aside', async () => {
      const inString = await patchRaw(JSON.stringify({ displayName: `[{"\\${'['.repeat(70)}` }));
      expect(inString.status).toBe(200);
      const response = await patchRaw(nested(65));
      expectProblem(response, 400);
      expect(response.body.type).toBe(ProblemType.MalformedBody);
    });
  });

  it('refuses JSON in another encoding than UTF-8 with 415', async () => {
    const response = await patchRaw(
      Buffer.from(JSON.stringify({ displayName: 'Sixteen' }), 'utf16le'),
      'application/json; charset=utf-16le',
    );
    expectProblem(response, 415);
    expect(response.body.type).toBe(ProblemType.UnsupportedMediaType);
  });

  it('refuses a __proto__ or constructor key, and pollutes nothing', async () => {
    for (const body of [
      '{"displayName": "P", "__proto__": {"role": "learner", "polluted": true}}',
      '{"displayName": "P", "constructor": {"prototype": {"polluted": true}}}',
    ]) {
      const response = await patchRaw(body);
      expectProblem(response, 400);
      expect(fieldsOf(response).some((f) => /^(__proto__|constructor)/.test(f))).toBe(true);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const me = await t.http
      .get('/api/accounts/me')
      .set(...bearer(admin))
      .expect(200);
    expect(me.body.role).toBe('admin');
  });

  it.each([
    ['displayName', 1e308],
    ['displayName', -0],
    ['preferredLanguage', 2 ** 60],
    ['displayName', [[], {}, null]],
  ])('names %s when it holds %j', async (field, value) => {
    const response = await patchRaw(`{"${field}": ${JSON.stringify(value)}}`);
    expectProblem(response, 400);
    expect(fieldsOf(response)).toContain(field);
  });

  it('answers a query parameter of 8,000 characters without a 5xx', async () => {
    const response = await t.http
      .get(`/api/accounts?search=${'x'.repeat(8000)}`)
      .set(...bearer(admin));
    expect(response.status).toBeLessThan(500);
  });

  it('names a lone surrogate in a key or a nested value', async () => {
    const response = await t.http
      .patch('/api/accounts/me')
      .set(...bearer(admin))
      .send({ '\udc00': 1, nested: { list: ['ok', '\ud83d'] } });
    expectProblem(response, 400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: '\ufffd', code: 'isWellFormed' }),
        expect.objectContaining({ field: 'nested.list.1', code: 'isWellFormed' }),
      ]),
    );
  });

  it.each(['/api/accounts/%ED%A0%80', '/api/accounts/%E0%A4%A', '/api/accounts/%ZZ'])(
    'refuses a path that does not decode, %s, with 400',
    async (path) => {
      const response = await t.http.get(path).set(...bearer(admin));
      expectProblem(response, 400);
    },
  );

  it('keeps its own 415 problem for a body that is not JSON', async () => {
    const response = await t.http
      .post('/api/auth/sign-in')
      .set('Content-Type', 'text/plain')
      .send('hi');
    expectProblem(response, 415);
    expect(response.body).toMatchObject({
      type: ProblemType.UnsupportedMediaType,
      detail: 'Send the request body as application/json.',
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await t.http.get('/api/nothing-here');
    expectProblem(response, 404);
  });

  it('answers a garbage bearer token with 401, not 500', async () => {
    const response = await t.http.get('/api/accounts/me').set('Authorization', 'Bearer a.b.c');
    expectProblem(response, 401);
  });
});

describe('null in a partial update', () => {
  let t: TestApp;
  const paths: Record<string, string> = {};
  let admin: ReturnType<typeof requestsAs>;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(LearningSeedService).seedDemoCourses(null);
    await t.app.get(AssessmentSeedService).seedItemBank();
    const adminSession = await t.signIn(DEMO.admin);
    admin = requestsAs(t.http, adminSession);
    const courses = (await admin.get('/api/authoring/courses').expect(200)).body;
    paths['course'] = `/api/courses/${courses[0].id}`;
    const items = (await admin.get('/api/assessment/items').expect(200)).body.items;
    paths['assessment item'] = `/api/assessment/items/${items[0].id}`;
    const { organisation, owner } = await organisationWithOwner(
      t,
      adminSession,
      'Nulls',
      'o@n.org',
    );
    const job = await requestsAs(t.http, owner)
      .post(`/api/organisations/${organisation.id}/jobs`, jobRequest())
      .expect(201);
    paths['job'] = `/api/jobs/${job.body.id}`;
  }, 60_000);
  afterAll(() => t.close());

  it.each([
    ['course', ['slug', 'defaultLanguage', 'translations', 'levels']],
    ['assessment item', ['kind', 'answer', 'irt', 'key', 'translations']],
    ['job', ['title', 'description', 'location', 'remote', 'contractType', 'hoursPerWeek']],
  ])('refuses null for a field of the %s that needs a value, naming it', async (what, fields) => {
    for (const field of fields) {
      const response = await admin.patch(paths[what], { [field]: null });
      expectProblem(response, 400);
      expect([field, fieldsOf(response)]).toEqual([field, expect.arrayContaining([field])]);
    }
  });
});

describe('edges', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports health with the database checked', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body.info.database.status).toBe('up');
  });

  it('serves an OpenAPI document describing the routes', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/sign-in', '/api/accounts/{id}', '/api/invitations']),
    );
    expect(response.body.components.schemas.SignUpDto.properties).toHaveProperty(
      'preferredLanguage',
    );
  });
});
