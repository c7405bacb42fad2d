// Broken: the OpenAI key is reused for Azure, and every failure is retried as if the service
// were down. A rejected key fails the same way each time.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({
  apiKey: process.env['OPENAI_API_KEY'], // an OpenAI key (sk-...) means nothing to an Azure resource
  deployment: 'gpt-4o-mini',
  maxRetries: 0,
});

for (let attempt = 1; attempt <= 3; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch {
    console.error(`Attempt ${attempt} failed, Azure OpenAI seems to be down.`);
    process.exitCode = 1;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}
