import type { ValidationError, ValidationPipeOptions } from '@nestjs/common';
import type { FieldError } from '@passerelle/contracts';

import { ValidationFailed } from './app-error';

/** Flattens class-validator's tree into one entry per broken rule, with dotted field paths. */
export function fieldErrors(errors: ValidationError[], parent?: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      field,
      code,
      message,
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

export function validationFailure(errors: ValidationError[]): ValidationFailed {
  const list = fieldErrors(errors);
  const fields = [...new Set(list.map((e) => e.field))];
  return new ValidationFailed(
    list,
    fields.length > 0 ? `Invalid fields: ${fields.join(', ')}.` : 'The request body is invalid.',
  );
}

/** The options of the global ValidationPipe, also used where a guard validates a body early. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => validationFailure(errors),
};

/**
 * Options of `PartialType` for update bodies: a field left out is unchanged, but a field sent
 * as null is validated like any value (and refused unless the full body allows null), rather
 * than skipped and written as null.
 */
export const PATCH = { skipNullProperties: false } as const;
