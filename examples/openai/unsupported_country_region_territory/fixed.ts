// Fixed: a region block is recognised by its code and reported with what to check.
import OpenAI from 'openai';

const client = new OpenAI();

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.PermissionDeniedError)) throw err;
  if (err.code === 'unsupported_country_region_territory') {
    // The API judges the network location of the machine that sends the request,
    // i.e. this server or its outbound proxy, not where the end user is.
    console.error(
      'OpenAI does not serve the country or region this server connects from. ' +
        'Run it in a supported region (see the supported countries list). Retrying will not help.',
    );
  } else {
    console.error(`Permission denied (${err.code ?? 'HTTP 403'}): ${err.message}`);
  }
  process.exitCode = 2;
}
