// Broken: retries every failure, including a 403 that no amount of waiting will fix.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

for (let attempt = 1; attempt <= 3; attempt++) {
  try {
    const res = await client.send(
      new ConverseCommand({
        modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
        messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
      }),
    );
    console.log(res.output?.message?.content?.[0]?.text);
    break;
  } catch (err) {
    // AccessDeniedException lands here like any network blip.
    console.error(`Bedrock call failed (attempt ${attempt}), retrying: ${(err as Error).message}`);
    if (attempt === 3) {
      console.error('Giving up after 3 attempts.');
      process.exitCode = 1;
    } else {
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
