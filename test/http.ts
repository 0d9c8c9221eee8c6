/** HTTP calls to a test server, as a browser or an application makes them. */

export interface CallOptions {
  body?: unknown;
  cookie?: string;
  auth?: string;
}

/** One HTTP call to the server at `base`: the status, the headers, and the body (JSON parsed, else the bytes). */
export async function callAt(base: string, method: string, path: string, opts: CallOptions = {}) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.auth ? { authorization: opts.auth } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body: body as any };
}
