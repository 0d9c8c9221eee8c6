/**
 * `/docs`: a readable page of the API, rendered on the server from the same OpenAPI document (no
 * script, no external resources, so it works under the strict CSP and offline).
 */
type Json = Record<string, unknown>;

const esc = (s: unknown) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const DOCS_CSS = `body{font-family:system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.25rem;margin-top:2rem}
section.op{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}
.method{display:inline-block;min-width:4.5rem;font-weight:700;font-family:monospace}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f5f5f5;padding:.5rem;overflow:auto;max-height:20rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}.auth{color:#555}`;

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(paths))
    for (const [method, op] of Object.entries(ops)) {
      const tag = ((op.tags as string[]) ?? ['other'])[0];
      const params = (op.parameters as Json[]) ?? [];
      const body = (op.requestBody as Json | undefined)?.content as Record<string, { schema: Json }> | undefined;
      const security = (op.security as Json[]) ?? [];
      const auth = security.length === 0 ? 'public (rate-limited)' : security.map((s) => Object.keys(s).join(' ')).join(' or ');
      const html = `<section class="op" id="${esc(op.operationId)}">
<h3><span class="method">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary)}</p><p class="auth">Authentication: ${esc(auth)}</p>
${params.length ? `<table><caption>Parameters</caption><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${params.map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${esc(JSON.stringify(p.schema))}</code></td></tr>`).join('')}</table>` : ''}
${body ? `<details><summary>Request body</summary><pre>${esc(JSON.stringify(body['application/json']?.schema, null, 2))}</pre></details>` : ''}
<p>Responses: ${Object.keys((op.responses as Json) ?? {}).map(esc).join(', ')}</p>
</section>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  const tags = [...byTag.keys()];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} ${esc(info.version)}</title><link rel="stylesheet" href="/docs.css"></head>
<body><main>
<h1>${esc(info.title)} <small>${esc(info.version)}</small></h1>
<p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are RFC 9457 <code>application/problem+json</code> with <code>errors[].field</code> and <code>errors[].rule</code>.</p>
<nav aria-label="Sections"><ul>${tags.map((t) => `<li><a href="#tag-${esc(t.replace(/\W+/g, '-'))}">${esc(t)}</a></li>`).join('')}</ul></nav>
${tags.map((t) => `<h2 id="tag-${esc(t.replace(/\W+/g, '-'))}">${esc(t)}</h2>\n${byTag.get(t)!.join('\n')}`).join('\n')}
</main></body></html>`;
}
