// Broken: an organization ID is hard-coded next to a key from another organization,
// and every 401 is reported as a bad key.
import OpenAI from 'openai';

const client = new OpenAI({
  organization: 'org-3fJx8kQv1LrT0aWmZc7yHs2N', // copied from an old project
});

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.AuthenticationError) {
    // Wrong diagnosis: a new key from the same place fails in exactly the same way.
    console.error('Invalid API key: generate a new one.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
