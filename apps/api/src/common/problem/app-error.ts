import { type FieldError, ProblemType } from '@passerelle/contracts';

/**
 * A failure a service reports in domain terms. The problem filter turns it into an RFC 9457
 * response; services never build HTTP responses themselves.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
    /** Extension members of the problem document (RFC 9457 §3.2). */
    readonly extensions?: Record<string, string>,
  ) {
    super(detail);
  }
}

export class ValidationFailed extends AppError {
  constructor(errors: FieldError[], detail = 'Some fields are missing or invalid.') {
    super(400, ProblemType.Validation, 'Invalid request', detail, errors);
  }

  static field(field: string, code: string, message: string): ValidationFailed {
    return new ValidationFailed([{ field, code, message }], message);
  }
}

export class Unauthenticated extends AppError {
  constructor(detail = 'Sign in to continue.', type: ProblemType = ProblemType.Unauthenticated) {
    super(401, type, 'Not signed in', detail);
  }
}

export class Forbidden extends AppError {
  constructor(detail = 'Your account may not do this.', type: ProblemType = ProblemType.Forbidden) {
    super(403, type, 'Forbidden', detail);
  }
}

export class NotFound extends AppError {
  constructor(detail: string) {
    super(404, ProblemType.NotFound, 'Not found', detail);
  }
}

export class Conflict extends AppError {
  constructor(detail: string, errors?: FieldError[]) {
    super(409, ProblemType.Conflict, 'Conflict', detail, errors);
  }
}

export class TooManyRequests extends AppError {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, ProblemType.TooManyRequests, 'Too many requests', detail);
  }
}

/** A dependency the API needs (its database) cannot be reached; the client may retry later. */
export class ServiceUnavailable extends AppError {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
    extensions?: Record<string, string>,
  ) {
    super(
      503,
      ProblemType.ServiceUnavailable,
      'Service unavailable',
      detail,
      undefined,
      extensions,
    );
  }
}
