import { durationParams, formatPercent, formatSigned } from './format';

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

  it('writes a share as a whole percent, as each language does', () => {
    expect(formatPercent('en', 0.237)).toBe('24%');
    expect(formatPercent('fr', 0.3)).toBe('30\u00a0%');
    // Arabic keeps number and sign together with direction marks, so right to left the sign
    // does not wander to the other side (the ICU data of Node and of browsers differ in digits).
    expect(formatPercent('ar', 0.3)).toMatch(/^(30|٣٠)[\u200e\u061c]?[%٪][\u200e\u061c]?$/);
  });
});
