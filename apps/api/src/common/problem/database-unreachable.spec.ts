import { QueryFailedError } from 'typeorm';

import { isDatabaseUnreachable } from './database-unreachable';

function withCode(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('isDatabaseUnreachable', () => {
  it.each([
    withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    withCode('read ECONNRESET', 'ECONNRESET'),
    withCode('Connection terminated unexpectedly'),
    withCode('timeout exceeded when trying to connect'),
    withCode('terminating connection due to administrator command', '57P01'),
    withCode('the database system is starting up', '57P03'),
    withCode('connection failure', '08006'),
    new QueryFailedError('SELECT 1', [], withCode('Connection terminated unexpectedly')),
  ])('holds for %s', (error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    withCode('duplicate key value violates unique constraint', '23505'),
    new QueryFailedError('SELECT 1', [], withCode('syntax error', '42601')),
    new Error('Something else'),
    'ECONNREFUSED',
    null,
  ])('does not hold for %s', (error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
