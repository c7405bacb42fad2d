// Broken: code written for OpenAI passes model names, and on a 404 falls back to other model
// names. On Azure the URL names a deployment, whose name you chose when you created it, so
// every name in the list gets the same DeploymentNotFound.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

for (const model of ['gpt-4o-mini', 'gpt-4o']) {
  try {
    // Without `deployment`, the SDK puts `model` in the URL: /openai/deployments/gpt-4o-mini/...
    const res = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'Hello' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (!(err instanceof AzureOpenAI.NotFoundError)) throw err;
    console.error(`Model ${model} is not available, trying the next one.`);
    process.exitCode = 1;
  }
}
