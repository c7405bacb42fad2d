// Broken: a job worker that treats only a few 4xx codes as permanent. A 402
// billing_error is not on its list, so the job is re-queued again and again.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PERMANENT = new Set([400, 401, 403, 404]);

async function runJob(): Promise<boolean> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const msg = await client.messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 1024,
        messages: [{ role: 'user', content: 'Classify this support ticket: ...' }],
      });
      console.log(msg.content);
      return true;
    } catch (err) {
      if (!(err instanceof Anthropic.APIError) || PERMANENT.has(err.status ?? 0)) throw err;
      console.error(`Temporary failure (${err.status}), job re-queued`);
      await sleep(200 * attempt);
    }
  }
  console.error('Job failed after 3 attempts.');
  return false;
}

if (!(await runJob())) process.exitCode = 1;
