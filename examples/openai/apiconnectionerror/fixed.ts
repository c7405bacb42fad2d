// Fixed: keep the SDK's automatic retries for dropped connections, and when it still
// fails, log the root cause (ECONNREFUSED, ENOTFOUND, a certificate error...) from the
// error's cause chain instead of the bare "Connection error.".
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 2 }); // the default: 3 attempts with backoff

/** The innermost error of a cause chain: undici's SocketError, a DNS or TLS error... */
function rootCause(err: unknown): { name: string; code: string | undefined; message: string } {
  let e = err as { name?: string; code?: string; message?: string; cause?: unknown };
  while (e.cause && typeof e.cause === 'object') e = e.cause;
  return { name: e.name ?? 'Error', code: e.code, message: e.message ?? 'no message' };
}

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.APIConnectionError)) throw err;
  if (err instanceof OpenAI.APIConnectionTimeoutError) throw err; // a timeout: see APITimeoutError
  const cause = rootCause(err);
  // e.g. "connect ECONNREFUSED 127.0.0.1:443 (ECONNREFUSED)" or "unable to get local issuer certificate"
  console.error(`Cannot reach ${client.baseURL}: ${cause.message}${cause.code ? ` (${cause.code})` : ''}`);
  console.error('Check the base URL, HTTPS_PROXY / NODE_USE_ENV_PROXY, firewall and CA certificates.');
  process.exitCode = 2;
}
