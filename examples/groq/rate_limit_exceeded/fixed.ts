// Fixed: reads which limit was hit. A per-minute limit is retried after the retry-after header's
// delay; a per-day limit, or a long wait, stops with a message that says so.
import Groq from 'groq-sdk';

const client = new Groq({ maxRetries: 0 }); // the loop below decides when to retry

interface GroqErrorBody {
  error?: { message?: string; type?: string; code?: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (let attempt = 1; ; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'llama-3.1-8b-instant',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (!(err instanceof Groq.RateLimitError)) throw err;
    // groq-sdk keeps the whole response body in err.error: the fields are one level down.
    const body = (err.error as GroqErrorBody | undefined)?.error;
    // "... on tokens per minute (TPM): Limit 12000, Used 2542, Requested 9855 ..."
    const limit = /\((RPM|RPD|TPM|TPD|ASH|ASD)\)/.exec(body?.message ?? '')?.[1] ?? 'an unnamed limit';
    const wait = Number(err.headers.get('retry-after') ?? NaN); // seconds; Groq sends it on 429s
    const perDay = limit.endsWith('D');
    if (perDay || Number.isNaN(wait) || wait > 60 || attempt === 3) {
      console.error(
        `Groq ${limit} limit reached (${body?.code ?? 'HTTP 429'}): ${body?.message ?? err.message}\n` +
          'Not retrying now: wait for the window to reset, shrink the requests, or raise the limits.',
      );
      process.exitCode = 2;
      break;
    }
    console.error(`Groq rate limit on ${limit} (${body?.code}); retrying in ${wait}s as retry-after asks.`);
    await sleep(wait * 1000);
  }
}
