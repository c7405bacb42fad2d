// Fixed: tells OpenRouter's own caps on free models from an upstream provider's rate limit.
// A daily cap stops at once; a per-minute or upstream limit is retried with backoff.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
  maxRetries: 0, // decide here which 429s are worth another request
});

interface OpenRouterError {
  message?: string;
  code?: number;
  metadata?: { provider_name?: string | null; raw?: unknown; headers?: Record<string, string> };
}

for (let attempt = 1; ; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'google/gemini-2.0-flash-exp:free',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (!(err instanceof OpenAI.RateLimitError)) throw err;
    const body = (err.error ?? {}) as OpenRouterError;
    // "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day"
    if (body.message?.includes('free-models-per-day')) {
      const limit =
        body.metadata?.headers?.['X-RateLimit-Limit'] ?? err.headers.get('x-ratelimit-limit') ?? '?';
      console.error(
        `Daily free-model limit reached (${limit} requests/day). Buy 10 credits to raise it to 1000/day, ` +
          'switch to the paid version of the model, or wait for the daily reset.',
      );
      process.exitCode = 2;
      break;
    }
    if (attempt === 4) throw err;
    // Per-minute cap, or the upstream provider is rate limiting ("Provider returned error").
    const retryAfter = Number(err.headers.get('retry-after'));
    const waitMs = retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** attempt;
    const upstream = body.metadata?.provider_name ? ` by ${body.metadata.provider_name}` : '';
    console.error(`Rate limited${upstream}; retrying in ${waitMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}
