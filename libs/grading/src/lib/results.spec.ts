import type { TestResult } from './protocol';
import { capText, isGradingResult, stopped, summarize } from './results';

const test = (name: string, status: TestResult['status']): TestResult => ({
  name,
  status,
  message: null,
  code: null,
  output: null,
});

describe('results', () => {
  it('passes only when every test passes', () => {
    expect(summarize([test('a', 'pass'), test('b', 'pass')], 1).status).toBe('pass');
    const failed = summarize([test('a', 'pass'), test('b', 'fail')], 1);
    expect(failed).toMatchObject({ status: 'fail', message: '1 of 2 tests did not pass.' });
  });

  it('treats a run without tests as an error, not a pass', () => {
    expect(summarize([], 1)).toMatchObject({ status: 'error', code: 'no-tests' });
  });

  it('keeps the tests that ran when a run is stopped', () => {
    const result = stopped('timeout', 'timeout', 'too slow', [test('a', 'pass')], 2000);
    expect(result.tests).toHaveLength(1);
    expect(isGradingResult(result)).toBe(true);
    expect(isGradingResult({ status: 'pass' })).toBe(false);
  });

  it('caps text and says how much was cut', () => {
    expect(capText('abc', 5)).toBe('abc');
    expect(capText('abcdefgh', 3)).toBe('abc\n… (5 more characters not shown)');
  });
});
