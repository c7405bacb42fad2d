// Fixed: a 403 AccessDeniedException stops at once and says which setting to look at.
import {
  AccessDeniedException,
  BedrockRuntimeClient,
  ConverseCommand,
} from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});
const modelId = 'us.anthropic.claude-sonnet-4-20250514-v1:0';

/** Which of the usual causes the message points at. */
function whereToLook(message: string): string {
  if (message.includes('explicit deny'))
    return 'an explicit Deny (SCP, permissions boundary or policy) names this call';
  if (message.includes('is not authorized to perform: bedrock:'))
    return 'the IAM role or user needs bedrock:InvokeModel (Converse) on the model or inference profile ARN';
  if (message.includes('aws-marketplace'))
    return 'the principal needs aws-marketplace:Subscribe and ViewSubscriptions for the first call to this model';
  if (
    message.includes("don't have access to the model") ||
    message.includes('not authorized to invoke this API')
  )
    return 'the account has no access to this model in this Region (model access, Anthropic use case form, Marketplace subscription)';
  return 'IAM permissions for Bedrock in this Region';
}

try {
  const res = await client.send(
    new ConverseCommand({ modelId, messages: [{ role: 'user', content: [{ text: 'Hello' }] }] }),
  );
  console.log(res.output?.message?.content?.[0]?.text);
} catch (err) {
  if (!(err instanceof AccessDeniedException)) throw err;
  const region = await client.config.region();
  console.error(`AccessDeniedException for ${modelId} in ${region}: ${err.message}`);
  console.error(`Where to look: ${whereToLook(err.message)}. Retrying will not help.`);
  process.exitCode = 2;
}
