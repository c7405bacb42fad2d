// Broken: calls an imported model that Bedrock has unloaded after a quiet hour, with the
// default retry budget: three attempts within a few seconds, far shorter than a cold start.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

const res = await client.send(
  new ConverseCommand({
    modelId: 'arn:aws:bedrock:us-east-1:111122223333:imported-model/k2jd8f3h4s5a',
    messages: [{ role: 'user', content: [{ text: 'Classify this ticket: printer on fire' }] }],
  }),
);
console.log(res.output?.message?.content?.[0]?.text);
