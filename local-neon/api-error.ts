/** An error answered as Neon does: HTTP status + `{code, message, request_id}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = '',
  ) {
    super(message)
  }
}

export const notFound = (message: string) => new ApiError(404, message)
export const badRequest = (message: string) => new ApiError(400, message)
export const invalidBody = (message: string) => new ApiError(422, message)
export const conflict = (message: string) => new ApiError(409, message)

/** Neon's usual message for each status when a test fault injects it. */
export function faultMessage(status: number): string {
  switch (status) {
    case 423:
      return 'project already has running conflicting operations, scheduling of new ones is prohibited'
    case 429:
      return 'rate limit exceeded, please retry later'
    case 500:
      return 'internal server error'
    case 502:
      return 'bad gateway'
    case 503:
      return 'service temporarily unavailable, please retry later'
    default:
      return `injected fault (HTTP ${status})`
  }
}
