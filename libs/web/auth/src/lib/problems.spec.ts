import { HttpErrorResponse } from '@angular/common/http';
import { ProblemType } from '@passerelle/contracts';

import { explainError } from './problems';

const problem = (body: object, status = 400) => new HttpErrorResponse({ status, error: body });

describe('explainError', () => {
  it('maps field errors to translatable messages, the first per field', () => {
    const explained = explainError(
      problem({
        type: ProblemType.Validation,
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'email', code: 'isEmail', message: 'email must be an email address' },
          {
            field: 'password',
            code: 'minLength',
            message: 'password must be longer than or equal to 8 characters',
          },
          { field: 'password', code: 'isString', message: 'password must be a string' },
        ],
      }),
    );
    expect(explained.message.key).toBe('errors.checkFields');
    expect(explained.fields).toEqual({
      email: { key: 'errors.field.email' },
      password: { key: 'errors.field.minLength', params: { min: '8' } },
    });
  });

  it('explains wrong credentials, throttling and lost connections', () => {
    expect(
      explainError(problem({ type: ProblemType.InvalidCredentials, status: 401 }, 401)).message.key,
    ).toBe('errors.invalidCredentials');
    expect(
      explainError(problem({ type: ProblemType.TooManyRequests, status: 429 }, 429)).message.key,
    ).toBe('errors.tooManyRequests');
    expect(explainError(new HttpErrorResponse({ status: 0 })).message.key).toBe('errors.network');
  });

  it('explains unusable reset links and wrong reset codes', () => {
    expect(
      explainError(problem({ type: ProblemType.ResetLinkUnusable, status: 410 }, 410)).message.key,
    ).toBe('recovery.linkUnusable');
    expect(
      explainError(problem({ type: ProblemType.ResetCodeInvalid, status: 400 })).message.key,
    ).toBe('recovery.codeInvalid');
  });

  it('never shows raw server text for unknown failures', () => {
    const explained = explainError(
      new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }),
    );
    expect(explained).toEqual({ message: { key: 'errors.generic' }, fields: {} });
  });
});
