// Broken: the SDK's retries are turned off and replaced by a loop with a fixed short wait. It
// ignores Retry-After, so it hammers a per-minute limit, and it keeps retrying a limit whose
// Retry-After is a whole day.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({ deployment: 'gpt-4o-mini', maxRetries: 0 });

for (let attempt = 1; attempt <= 3; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Summarise this ticket: ...' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (!(err instanceof AzureOpenAI.RateLimitError)) throw err;
    console.error(`Azure OpenAI is busy (attempt ${attempt}), retrying in 250 ms.`);
    process.exitCode = 1;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
