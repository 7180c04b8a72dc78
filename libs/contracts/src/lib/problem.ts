/**
 * Every error the API returns is an RFC 9457 problem document with one of these stable types.
 * The apps translate by `type` (and by `code` for field errors), never by parsing `detail`.
 */
export const ProblemType = {
  BadRequest: 'urn:passerelle:problem:bad-request',
  Validation: 'urn:passerelle:problem:validation',
  MalformedBody: 'urn:passerelle:problem:malformed-body',
  PayloadTooLarge: 'urn:passerelle:problem:payload-too-large',
  Unauthenticated: 'urn:passerelle:problem:unauthenticated',
  InvalidCredentials: 'urn:passerelle:problem:invalid-credentials',
  InvalidRefreshToken: 'urn:passerelle:problem:invalid-refresh-token',
  Forbidden: 'urn:passerelle:problem:forbidden',
  NotFound: 'urn:passerelle:problem:not-found',
  Conflict: 'urn:passerelle:problem:conflict',
  InvitationUnusable: 'urn:passerelle:problem:invitation-unusable',
  TooManyRequests: 'urn:passerelle:problem:too-many-requests',
  /** A password-reset link that was used, replaced or has expired (or never existed). */
  ResetLinkUnusable: 'urn:passerelle:problem:reset-link-unusable',
  /** A wrong username or reset code, or a code that was used, replaced or has expired. */
  ResetCodeInvalid: 'urn:passerelle:problem:reset-code-invalid',
  /** The skills assessment needs the intake first. */
  IntakeRequired: 'urn:passerelle:problem:intake-required',
  /** A retake before the cooldown ends; the problem has `retakeAvailableAt`. */
  RetakeCooldown: 'urn:passerelle:problem:retake-cooldown',
  /** An answer to an item that is not the one served now (answered already, or stale). */
  NotCurrentItem: 'urn:passerelle:problem:not-current-item',
  AttemptExpired: 'urn:passerelle:problem:attempt-expired',
  /** A calibration of the item bank with fewer completed attempts than it needs. */
  NotEnoughAttempts: 'urn:passerelle:problem:not-enough-attempts',
  /** A course's lessons, quizzes and exercises open once the learner has started (enrolled in) it. */
  NotEnrolled: 'urn:passerelle:problem:not-enrolled',
  UnsupportedMediaType: 'urn:passerelle:problem:unsupported-media-type',
  /** The API cannot reach its database for now; the response has `Retry-After`. */
  ServiceUnavailable: 'urn:passerelle:problem:service-unavailable',
  Internal: 'urn:passerelle:problem:internal',
} as const;
export type ProblemType = (typeof ProblemType)[keyof typeof ProblemType];

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `email` or `address.city`; a path parameter's name. */
  field: string;
  /** A stable code such as `isEmail`, `minLength`, `whitelistValidation`, `isUuid`. */
  code: string;
  message: string;
}

export interface ProblemDetails {
  type: ProblemType | string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Present on validation problems: one entry per broken rule. */
  errors?: FieldError[];
  /** Present on retake-cooldown problems. */
  retakeAvailableAt?: string;
  /** Present on the health check's service-unavailable problem. */
  database?: 'down';
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ProblemDetails).type === 'string' &&
    typeof (value as ProblemDetails).status === 'number'
  );
}
