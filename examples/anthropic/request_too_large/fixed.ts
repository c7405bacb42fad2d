// Fixed: the request size is known before sending, and a 413 is reported as a size
// problem with the way out (Files API or splitting), not retried.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const LIMIT_BYTES = 32 * 1024 * 1024; // Messages API; Batches allow 256 MB, Files 500 MB
const pdf = Buffer.alloc(3 * 1024 * 1024); // stands in for readFile('scanned-contract.pdf')

const data = pdf.toString('base64'); // base64 makes the file about a third larger
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
if (data.length > LIMIT_BYTES * 0.9) {
  console.error(`PDF is ${mb(data.length)} once encoded: upload it with the Files API instead.`);
  process.exit(2);
}

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 4096,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data } },
          { type: 'text', text: 'List the termination clauses.' },
        ],
      },
    ],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.ContentTooLargeError)) throw err; // HTTP 413
  console.error(
    `The request was refused as too large (413 request_too_large) at about ${mb(data.length)}. ` +
      'Send the PDF through the Files API and refer to its file_id, or split it into parts.',
  );
  process.exitCode = 2;
}
