import { RESET_CODE_LENGTH } from '@passerelle/contracts';

import { groupCode, newResetCode } from './password-resets.service';

describe('reset codes', () => {
  it('are eight random digits, leading zeros kept', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newResetCode()));
    for (const code of codes) expect(code).toMatch(new RegExp(`^\\d{${RESET_CODE_LENGTH}}$`));
    expect(codes.size).toBeGreaterThan(190);
  });

  it('are shown in two groups of four', () => {
    expect(groupCode('01234567')).toBe('0123 4567');
  });
});
