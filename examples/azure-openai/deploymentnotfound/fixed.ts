// Fixed: the deployment name comes from configuration, and DeploymentNotFound is reported
// with the deployment and resource it was looked up on, instead of being retried.
import { AzureOpenAI } from 'openai';

// The name given to the deployment in the Azure AI Foundry portal, which need not be the model's.
const deployment = process.env['AZURE_OPENAI_DEPLOYMENT'] ?? 'chat-prod';
const client = new AzureOpenAI({ deployment });

try {
  const res = await client.chat.completions.create({
    model: deployment, // ignored for the URL when `deployment` is set; sent in the body
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof AzureOpenAI.NotFoundError && err.code === 'DeploymentNotFound') {
    console.error(
      `No deployment named "${deployment}" on ${process.env['AZURE_OPENAI_ENDPOINT']}: check the name under Deployments for this resource (a new deployment can take up to 5 minutes to answer).`,
    );
    process.exitCode = 2;
  } else {
    throw err;
  }
}
