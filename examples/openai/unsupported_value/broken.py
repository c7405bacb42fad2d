"""Broken: a sampling setting tuned for gpt-4o, sent unchanged after switching to a reasoning model."""
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("CLASSIFIER_MODEL", "gpt-5-mini")

resp = client.chat.completions.create(
    model=MODEL,
    temperature=0.2,  # reasoning models accept only the default (1): 400 unsupported_value
    messages=[{"role": "user", "content": 'Classify this ticket: "I was charged twice this month."'}],
)
print(resp.choices[0].message.content)
