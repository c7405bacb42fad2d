// Fixed: the key comes from AZURE_OPENAI_API_KEY (the AzureOpenAI default, sent as the
// api-key header), and a 401 stops at once with what to check: the two 401 bodies Azure
// sends point at different causes.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({ deployment: 'gpt-4o-mini' }); // AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof AzureOpenAI.AuthenticationError)) throw err;
  const host = new URL(process.env['AZURE_OPENAI_ENDPOINT'] ?? 'http://unset').host;
  if (err.code === '401') {
    // {"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint..."}}
    console.error(
      `Azure rejected the API key for ${host}: copy KEY 1 or KEY 2 from this same resource's "Keys and Endpoint" page, and check the endpoint is this resource's. Not retrying.`,
    );
  } else {
    // {"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect..."}
    console.error(
      `Azure rejected the bearer token for ${host}: the request was sent with Authorization instead of api-key, or the Entra ID token expired or has the wrong audience. Not retrying.`,
    );
  }
  process.exitCode = 2;
}
