import { normalizeResetCode } from './auth';

describe('normalizeResetCode', () => {
  it('drops spaces and dashes', () => {
    expect(normalizeResetCode(' 1234 5678 ')).toBe('12345678');
    expect(normalizeResetCode('1234-5678')).toBe('12345678');
  });

  it('reads Arabic-Indic and Persian digits as 0–9', () => {
    expect(normalizeResetCode('١٢٣٤ ٥٦٧٨')).toBe('12345678');
    expect(normalizeResetCode('۰۹۸۷۶۵۴۳')).toBe('09876543');
  });

  it('leaves anything else in, so that it fails', () => {
    expect(normalizeResetCode('1234 567x')).toBe('1234567x');
  });
});
