/**
 * Cal.com API v2 error bodies, reproduced from its Nest exception filters
 * (apps/api/v2/src/filters/*). Clients are expected to switch on the HTTP
 * status, never on the message, so messages only need to be plausible.
 */

export interface CalErrorBody {
  status: 'error';
  timestamp: string;
  path: string;
  error: { code: string; message: string; details?: unknown };
}

/** Thrown by route handlers; the server's error handler turns it into a Cal.com body. */
export class CalHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const NEST_ERROR_NAMES: Record<number, [code: string, label: string]> = {
  400: ['BadRequestException', 'Bad Request'],
  401: ['UnauthorizedException', 'Unauthorized'],
  403: ['ForbiddenException', 'Forbidden'],
  404: ['NotFoundException', 'Not Found'],
  409: ['ConflictException', 'Conflict'],
  422: ['UnprocessableEntityException', 'Unprocessable Entity'],
  429: ['ThrottlerException', 'Too Many Requests'],
  500: ['InternalServerErrorException', 'Internal Server Error'],
  502: ['BadGatewayException', 'Bad Gateway'],
  503: ['ServiceUnavailableException', 'Service Unavailable'],
  504: ['GatewayTimeoutException', 'Gateway Timeout'],
};

/** A Nest HttpException as rendered by HttpExceptionFilter: details = Nest's own response object. */
export function httpException(statusCode: number, message: string): CalHttpError {
  const [code, label] = NEST_ERROR_NAMES[statusCode] ?? ['HttpException', 'Error'];
  return new CalHttpError(statusCode, code, message, { message, error: label, statusCode });
}

export const notFound = (message: string) => httpException(404, message);
export const forbidden = (message: string) => httpException(403, message);
export const unauthorized = (message: string) => httpException(401, message);

/** class-validator failures: one message per violated constraint, generic top-level message. */
export function validationFailed(messages: string[]): CalHttpError {
  return new CalHttpError(400, 'BadRequestException', 'Bad Request Exception', {
    message: messages,
    error: 'Bad Request',
    statusCode: 400,
  });
}

/** TRPCExceptionFilter drops the original text (e.g. a Prisma P2002 unique violation on slug). */
export function trpcBadRequest(): CalHttpError {
  return new CalHttpError(400, 'TRPCError', 'Bad request: Please check your request data and try again');
}

export const THROTTLER_MESSAGE = 'CustomThrottlerGuard - Too many requests. Please try again later.';

export function throttled(): CalHttpError {
  // The throttler's details is the bare string, unlike other HttpExceptions.
  return new CalHttpError(429, 'ThrottlerException', THROTTLER_MESSAGE, THROTTLER_MESSAGE);
}

export function errorBody(err: CalHttpError, path: string): CalErrorBody {
  const body: CalErrorBody = {
    status: 'error',
    timestamp: new Date().toISOString(),
    path,
    error: { code: err.code, message: err.message },
  };
  if (err.details !== undefined) body.error.details = err.details;
  return body;
}

/** Default body for an injected fault with only a status code. */
export function defaultErrorForStatus(statusCode: number): CalHttpError {
  if (statusCode === 429) return throttled();
  const [, label] = NEST_ERROR_NAMES[statusCode] ?? ['HttpException', 'Error'];
  return httpException(statusCode, label);
}
