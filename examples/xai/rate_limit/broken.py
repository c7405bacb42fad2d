"""Broken: every 429 from xAI is read as "out of credits", so a per-minute limit stops the program."""
import os
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ.get("XAI_API_KEY"),
    base_url=os.environ.get("XAI_BASE_URL", "https://api.x.ai/v1"),
    max_retries=0,
)

try:
    resp = client.chat.completions.create(
        model="grok-4",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.RateLimitError:
    # The OpenAI SDK's class for any 429, whichever server sent it. From xAI it is usually a
    # rate limit that clears in seconds; only the text says when it is about credits.
    print("xAI credits exhausted: add credits at https://console.x.ai.", file=sys.stderr)
    sys.exit(1)
