// Fixed: the resource endpoint goes in `endpoint` (here from AZURE_OPENAI_ENDPOINT, the
// default), so the SDK builds <endpoint>/openai/deployments/<name>/chat/completions?api-version=...
// A 404 "Resource not found" (code "404") is told apart from DeploymentNotFound.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({ deployment: 'gpt-4o-mini' }); // OPENAI_API_VERSION, e.g. 2024-10-21

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof AzureOpenAI.NotFoundError)) throw err;
  if (err.code === 'DeploymentNotFound') {
    console.error('The URL is right but the deployment name is not: see DeploymentNotFound.');
  } else {
    // {"error":{"code":"404","message":"Resource not found"}}: the path or the api-version is wrong.
    console.error(
      `Azure has no such route: ${client.baseURL}/deployments/gpt-4o-mini/chat/completions?api-version=${client.apiVersion}. Check the endpoint (no path after the host) and the api-version.`,
    );
  }
  process.exitCode = 2;
}
