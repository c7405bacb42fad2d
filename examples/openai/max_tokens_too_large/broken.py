"""Broken: one generous output limit for every model. gpt-4o allows far fewer output tokens."""
from openai import OpenAI

client = OpenAI()

resp = client.chat.completions.create(
    model="gpt-4o",
    max_tokens=32000,  # above the model's limit: 400 "max_tokens is too large"
    messages=[{"role": "user", "content": "Write a migration guide for version 3 of our API."}],
)
print(resp.choices[0].message.content)
