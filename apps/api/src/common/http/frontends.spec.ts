import { acceptedEncodings } from './frontends';

describe('acceptedEncodings', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['BR;Q=1, GZIP', ['br', 'gzip']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0, gzip', ['gzip']],
    ['identity', []],
    ['br;q=0.000', []],
    ['', []],
    [undefined, []],
  ])('%s accepts %j', (header, expected) => {
    expect([...acceptedEncodings(header)]).toEqual(expected);
  });
});
