// Broken: a filtered prompt is reported as an outage, and an answer the content filter cut off
// mid-stream is saved as if it were complete.
import { AzureOpenAI } from 'openai';

// Reads AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and OPENAI_API_VERSION.
const client = new AzureOpenAI({ deployment: 'gpt-4o-mini' });

const prompts = ['Write the interrogation scene for chapter 12.', 'Continue the battle at the river ford.'];

for (const prompt of prompts) {
  try {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: prompt }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    // finish_reason is never read: a completion the filter stopped half-way looks like any other.
    console.log(`Saved chapter text (${text.length} characters).`);
  } catch {
    // A filtered prompt is an HTTP 400 (code content_filter), not an outage: it fails again
    // on every retry until the prompt or the deployment's filter configuration changes.
    console.error('Azure OpenAI is unavailable, please try again later.');
    process.exitCode = 1;
  }
}
