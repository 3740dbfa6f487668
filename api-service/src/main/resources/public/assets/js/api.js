// Calls to our own API (same origin, session cookie). Failures become an ApiError carrying the RFC 9457
// problem document the API answered with, or one made up from the status when the body was not one.

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
  }
}

const STATUS_TITLES = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  429: 'Too many requests',
  503: 'Temporarily unavailable',
};

/**
 * A problem document from whatever an error response carried: the fields of `body` when it is an object with a
 * title or detail, else a title from the status. Pure, so the browser test checks it directly.
 */
export function toProblem(status, body) {
  const fromBody = body !== null && typeof body === 'object' && (body.title || body.detail) ? body : {};
  const code = Number.isInteger(fromBody.status) ? fromBody.status : status;
  return {
    type: String(fromBody.type ?? 'about:blank'),
    title: String(fromBody.title ?? STATUS_TITLES[code] ?? (code >= 500 ? 'Server error' : 'Request failed')),
    status: code,
    detail: String(fromBody.detail ?? ''),
    instance: fromBody.instance === undefined ? null : String(fromBody.instance),
  };
}

/** GET a JSON document. */
export function getJson(path, options = {}) {
  return call('GET', path, undefined, options);
}

/** PUT/POST/DELETE with an optional JSON body; resolves to the JSON answer, or null for 204. */
export function send(method, path, body) {
  return call(method, path, body, {});
}

async function call(method, path, body, {signal} = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: 'same-origin',
      headers: body === undefined
        ? {Accept: 'application/json'}
        : {Accept: 'application/json', 'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (failure) {
    if (failure?.name === 'AbortError') {
      throw failure;
    }
    throw new ApiError({type: 'about:blank', title: 'Network error', status: 0,
      detail: 'The server could not be reached. Check your connection and try again.', instance: path});
  }
  const payload = await readBody(response);
  if (!response.ok) {
    throw new ApiError(toProblem(response.status, payload));
  }
  return payload;
}

async function readBody(response) {
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return null;
  }
  try {
    return await response.json();
  } catch {
    return null;
  }
}
