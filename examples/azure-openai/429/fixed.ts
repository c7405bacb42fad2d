// Fixed: waits as long as Retry-After says when that is short, and stops when it is long: a
// wait of hours means a daily or trial quota, which only a quota change or the reset ends.
import { AzureOpenAI } from 'openai';

// The loop below does the retrying. (openai-node 6.26+ would also honour a Retry-After of a
// whole day by sleeping that long inside the call.)
const client = new AzureOpenAI({ deployment: 'gpt-4o-mini', maxRetries: 0 });
const MAX_WAIT_S = 60;

function retryAfterSeconds(err: InstanceType<typeof AzureOpenAI.RateLimitError>): number | undefined {
  const ms = Number(err.headers.get('retry-after-ms'));
  if (ms > 0) return ms / 1000;
  const seconds = Number(err.headers.get('retry-after'));
  if (seconds > 0) return seconds;
  // No header: the message says "Please retry after N seconds".
  const match = /retry after (\d+) second/i.exec(err.message);
  return match ? Number(match[1]) : undefined;
}

for (let attempt = 1; ; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Summarise this ticket: ...' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (!(err instanceof AzureOpenAI.RateLimitError)) throw err;
    const wait = retryAfterSeconds(err) ?? 2 ** attempt;
    if (wait > MAX_WAIT_S || attempt === 4) {
      console.error(
        `Azure OpenAI quota for this deployment is used up (Retry-After ${wait} s): raise the deployment's TPM or request more quota at https://aka.ms/oai/quotaincrease. Not retrying.`,
      );
      process.exitCode = 2;
      break;
    }
    console.error(`Rate limited; waiting ${wait} s as Retry-After asks.`);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}
