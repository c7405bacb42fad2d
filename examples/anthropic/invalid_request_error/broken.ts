// Broken: every failure is retried, including a 400 that can never succeed.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const history: Anthropic.MessageParam[] = [
  { role: 'user', content: "Here are this week's server logs: ... What went wrong?" },
];

let answered = false;
for (let attempt = 1; attempt <= 3 && !answered; attempt++) {
  try {
    const msg = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 1024,
      messages: history,
    });
    console.log(msg.content);
    answered = true;
  } catch {
    // The error is thrown away unread. A 400 means the request itself is wrong,
    // so the identical request fails the same way every time.
    console.error(`Attempt ${attempt} failed, retrying...`);
    await sleep(200 * attempt);
  }
}
if (!answered) {
  console.error('Giving up.');
  process.exitCode = 1;
}
