// One JSON line per request (pino), for the operations team: a request id (also answered as
// X-Request-Id, so a resident's report can be matched to the line), method, path, status and
// duration. Nothing personal: no query string (drafts, searches, emails end up there), no body, no
// headers, no address, and path segments that could be tokens or record ids are masked, because
// manage and unsubscribe links carry their secret in the path.
import crypto from 'node:crypto';
import pino from 'pino';

// A route word, a locale, a slug or a file name: lowercase words joined by '-' or '.'.
const PLAIN_SEGMENT = /^_?[a-z]+(?:[-.][a-z0-9]+)*$/;
const MAX_PLAIN_LENGTH = 48;
// An id a proxy in front (nginx's $request_id) already gave the request: kept, so its log and ours agree.
const GIVEN_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The path without its query string, with every segment that is not plainly a route word masked. */
export function loggablePath(url = '/') {
  const pathname = url.split(/[?#]/, 1)[0] || '/';
  return pathname
    .split('/')
    .map((segment) => (segment === '' || (segment.length <= MAX_PLAIN_LENGTH && PLAIN_SEGMENT.test(segment)) ? segment : ':x'))
    .join('/');
}

/**
 * Starts a request's log entry; the line is written when the answer is finished or the connection dropped.
 * @param {import('pino').DestinationStream} [destination] standard output unless a test gives its own
 */
export function createRequestLog(destination = pino.destination({ fd: 1, sync: false })) {
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
  return function logRequest(req, res) {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : crypto.randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    const started = process.hrtime.bigint();
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const durationMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      const entry = { requestId: id, method: req.method, path: loggablePath(req.url), status: res.statusCode, durationMs, finished: res.writableFinished };
      if (res.statusCode >= 500) logger.error(entry, 'request');
      else logger.info(entry, 'request');
    };
    res.once('finish', write);
    res.once('close', write);
    return id;
  };
}
