// Broken: one client, created with the embedding deployment, is used for chat too. With
// `deployment` set, every call goes to that deployment, so the chat request reaches an
// embedding model: 400 OperationNotSupported.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({ deployment: 'text-embedding-3-large' });

try {
  const embedding = await client.embeddings.create({
    model: 'text-embedding-3-large',
    input: 'refund policy',
  });
  console.log(`Embedded the query (${embedding.data[0]?.embedding.length} dimensions).`);
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini', // not used for the URL: the client's deployment wins
    messages: [{ role: 'user', content: 'Summarise our refund policy.' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof AzureOpenAI.BadRequestError)) throw err;
  console.error(`Chat failed: ${err.message}`);
  process.exitCode = 1;
}
