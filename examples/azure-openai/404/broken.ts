// Broken: the resource endpoint is passed as baseURL, as it would be for an OpenAI-compatible
// service. AzureOpenAI then builds <endpoint>/deployments/... without the /openai segment, Azure
// answers 404 "Resource not found", and the handler blames the deployment.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({
  baseURL: process.env['AZURE_OPENAI_ENDPOINT'], // https://<resource>.openai.azure.com
  deployment: 'gpt-4o-mini',
});

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof AzureOpenAI.NotFoundError)) throw err;
  console.error('Deployment gpt-4o-mini does not exist: create it in the Azure AI Foundry portal.');
  process.exitCode = 1;
}
