import { durationParams, formatSigned } from './format';

describe('format', () => {
  it('splits a time spent into seconds, or minutes and seconds', () => {
    expect(durationParams(12_400)).toEqual({ key: 'seconds', params: { s: 12 } });
    expect(durationParams(-5)).toEqual({ key: 'seconds', params: { s: 0 } });
    expect(durationParams(65_000)).toEqual({ key: 'minutes', params: { m: 1, s: '05' } });
  });

  it('signs estimates as θ is read', () => {
    expect(formatSigned('en', 0.5)).toBe('+0.50');
    expect(formatSigned('en', -1.234)).toBe('-1.23');
    expect(formatSigned('en', 0)).toBe('0.00');
  });
});
