import { ProblemType } from '@passerelle/contracts';
import { QueryFailedError } from 'typeorm';

import { toProblem } from './problem-details.filter';

const failed = (driverError: object) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('failed'), driverError));

describe('toProblem, the net under the services', () => {
  it('turns a NOT NULL violation into a 400 naming the field', () => {
    expect(toProblem(failed({ code: '23502', column: 'default_language' }))).toMatchObject({
      status: 400,
      type: ProblemType.Validation,
      errors: [{ field: 'defaultLanguage', code: 'isDefined' }],
    });
  });

  it('turns a foreign-key violation into a 409', () => {
    expect(toProblem(failed({ code: '23503' }))).toMatchObject({
      status: 409,
      type: ProblemType.Conflict,
    });
  });

  it('keeps other database failures a 500', () => {
    expect(toProblem(failed({ code: '42601' }))).toMatchObject({
      status: 500,
      type: ProblemType.Internal,
    });
  });
});
