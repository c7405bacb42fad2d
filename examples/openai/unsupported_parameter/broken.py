"""Broken: max_tokens, the length limit older chat models took, sent to a reasoning model."""
from openai import OpenAI

client = OpenAI()

resp = client.chat.completions.create(
    model="gpt-5-mini",
    max_tokens=500,  # rejected with 400 unsupported_parameter: this model takes max_completion_tokens
    messages=[{"role": "user", "content": "Summarise the release notes in three bullet points."}],
)
print(resp.choices[0].message.content)
