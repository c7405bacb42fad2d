// Fixed: a hard latency budget means one attempt and a fallback. The timeout is caught
// by its own class (a subclass of APIConnectionError), and the feature degrades instead
// of failing. For long generations, the opposite applies: stream, and keep the retries.
import Anthropic from '@anthropic-ai/sdk';

const BUDGET_MS = 1_000;
const client = new Anthropic({ timeout: BUDGET_MS, maxRetries: 0 });

async function suggest(code: string): Promise<string | undefined> {
  try {
    const msg = await client.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: `Complete: ${code}` }],
    });
    return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
  } catch (err) {
    if (err instanceof Anthropic.APIConnectionTimeoutError) return undefined; // over budget
    throw err;
  }
}

const suggestion = await suggest('const session = await auth.login(user);');
console.log(suggestion ?? `No suggestion: Claude did not answer within ${BUDGET_MS} ms`);
