/** What QuickJS has that the ECMAScript library does not: the error it raises on stack overflow. */
declare class InternalError extends Error {}
