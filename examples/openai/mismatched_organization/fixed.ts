// Fixed: no hard-coded organization, and a mismatch is named as what it is.
import OpenAI from 'openai';

// A key already belongs to one organization, so the header is optional. The SDK sends
// it only if OPENAI_ORG_ID (or the organization option) is set.
const client = new OpenAI();

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.AuthenticationError)) throw err;
  if (err.code === 'mismatched_organization') {
    console.error(
      `Organization mismatch: the key does not belong to OPENAI_ORG_ID=${process.env.OPENAI_ORG_ID ?? '(unset)'}. ` +
        'Unset it or set the ID of the organization that owns the key. Retrying will not help.',
    );
  } else {
    console.error(`OpenAI rejected the credentials (${err.code ?? 'HTTP 401'}): ${err.message}`);
  }
  process.exitCode = 2;
}
