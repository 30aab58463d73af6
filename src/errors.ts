/** Expected failures: a stable code, a sentence a person can act on, and the HTTP status (mapped in one place). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const APP_ERROR_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  confirmation_required: 409,
  payload_too_large: 413,
  rate_limited: 429,
  calcom_unavailable: 502,
  locked: 503,
} as const;
export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const invalid = (field: string, message: string) =>
  new AppError('invalid_input', `${field}: ${message}`, [{ field, message }]);
