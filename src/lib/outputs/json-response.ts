/**
 * The one way the site's endpoints answer with JSON. The API is indented so a person can
 * read it in a browser; what the search island downloads is compact, because every byte
 * of it is on the first search's path.
 */
export function jsonResponse(data: unknown, { readable = false }: { readable?: boolean } = {}): Response {
  const body = readable ? `${JSON.stringify(data, null, 2)}\n` : JSON.stringify(data);
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
