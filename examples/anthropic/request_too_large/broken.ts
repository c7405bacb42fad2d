// Broken: a whole PDF is inlined as base64, and the 413 is mistaken for a token limit.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const pdf = Buffer.alloc(3 * 1024 * 1024); // stands in for readFile('scanned-contract.pdf')

async function ask(maxTokens: number) {
  return client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: maxTokens,
    messages: [
      {
        role: 'user',
        content: [
          {
            type: 'document',
            source: { type: 'base64', media_type: 'application/pdf', data: pdf.toString('base64') },
          },
          { type: 'text', text: 'List the termination clauses.' },
        ],
      },
    ],
  });
}

try {
  console.log((await ask(4096)).content);
} catch (err) {
  if (!(err instanceof Anthropic.APIError) || err.status !== 413) throw err;
  // Wrong fix: max_tokens limits the answer, not the size of the request body.
  console.error('Request too large, retrying with max_tokens 256');
  console.log((await ask(256)).content);
}
