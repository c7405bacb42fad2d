// Fixed: handles both places the Azure content filter acts. A filtered prompt is an HTTP 400
// with code content_filter; a filtered completion is an HTTP 200 whose last chunk carries
// finish_reason "content_filter". Neither is retried as is.
import { AzureOpenAI } from 'openai';

type FilterResults = Record<string, { filtered?: boolean; severity?: string }>;

const client = new AzureOpenAI({ deployment: 'gpt-4o-mini' });

// "violence: medium": the categories Azure marked as filtered.
function tripped(results: FilterResults | undefined): string {
  const hits = Object.entries(results ?? {}).filter(([, result]) => result.filtered);
  return hits.map(([name, result]) => (result.severity ? `${name}: ${result.severity}` : name)).join(', ');
}

async function write(prompt: string): Promise<string | undefined> {
  let text = '';
  try {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: prompt }],
      stream: true,
    });
    for await (const chunk of stream) {
      // Azure's first chunk has an empty choices list (it carries prompt_filter_results).
      const choice = chunk.choices[0];
      if (!choice) continue;
      text += choice.delta?.content ?? '';
      if (choice.finish_reason === 'content_filter') {
        // content_filter_results is Azure's addition; the SDK's types do not know it.
        const { content_filter_results } = choice as { content_filter_results?: FilterResults };
        console.error(
          `Answer withheld: the content filter stopped the completion after ${text.length} characters (${tripped(content_filter_results) || 'no category given'}). The partial text was discarded.`,
        );
        return undefined;
      }
    }
    return text;
  } catch (err) {
    if (err instanceof AzureOpenAI.BadRequestError && err.code === 'content_filter') {
      const inner = (err.error as { innererror?: { content_filter_result?: FilterResults } } | undefined)
        ?.innererror;
      console.error(
        `Prompt blocked by the Azure content filter (${tripped(inner?.content_filter_result) || 'no category given'}): ask the user to rephrase; the same prompt fails again.`,
      );
      return undefined;
    }
    throw err;
  }
}

for (const prompt of [
  'Write the interrogation scene for chapter 12.',
  'Continue the battle at the river ford.',
]) {
  const text = await write(prompt);
  if (text !== undefined) console.log(`Saved chapter text (${text.length} characters).`);
}
