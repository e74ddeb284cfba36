// Plain JavaScript for server.mjs. Every browser sends Origin with a form POST, so a write that
// comes without one, or with "null" or another site's, was not sent by one of our pages: a
// forged or replayed request. Next checks a server action's Origin only when it is present, and
// a check-in went through without it. Machine endpoints check their own callers: those under
// /api, and the newsletter's one-click unsubscribe (RFC 8058), which mail providers post without
// an Origin and which acts only on the signed token in its address.
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MACHINE_ENDPOINTS = [/^\/api\//, /^\/[a-z]{2,3}\/newsletter\/unsubscribe\/[^/?]+\/one-click(?:\?|$)/];

export function isForeignWrite(method, url, headers) {
  if (!UNSAFE.has(method ?? 'GET')) return false;
  if (MACHINE_ENDPOINTS.some((pattern) => pattern.test(url ?? '/'))) return false;
  const origin = headers.origin;
  if (!origin || origin === 'null') return true;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

// Few people ever see this (a browser extension that strips Origin, a copied form): say what to do.
export const FOREIGN_WRITE_PAGE = `<!doctype html><html lang="ko"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>403</title>
<main><h1>다시 보내 주세요</h1><p>이 양식은 포털의 페이지에서 보내지지 않았습니다. 페이지를 새로 고친 뒤 다시 보내 주세요.</p>
<h1 lang="en">Please send it again</h1><p lang="en">This form did not come from one of the portal's pages. Reload the page and send it again.</p><p><a href="/">Home</a></p></main></html>`;
