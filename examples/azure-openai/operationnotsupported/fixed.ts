// Fixed: one client per deployment, each used for the operation its model supports. An
// OperationNotSupported is reported as a configuration error, not retried.
import { AzureOpenAI } from 'openai';

const embedder = new AzureOpenAI({ deployment: 'text-embedding-3-large' });
const chat = new AzureOpenAI({ deployment: 'gpt-4o-mini' });

try {
  const embedding = await embedder.embeddings.create({
    model: 'text-embedding-3-large',
    input: 'refund policy',
  });
  console.log(`Embedded the query (${embedding.data[0]?.embedding.length} dimensions).`);
  const res = await chat.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Summarise our refund policy.' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof AzureOpenAI.BadRequestError && err.code === 'OperationNotSupported') {
    // The message names the operation and the model behind the deployment.
    console.error(`Wrong deployment for this call: ${err.message}`);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
