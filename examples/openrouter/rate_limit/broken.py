"""Broken: every 429 from OpenRouter treated the same, including a free model's daily cap."""
import os
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENROUTER_API_KEY"],
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),
)  # max_retries=2 by default

try:
    resp = client.chat.completions.create(
        model="google/gemini-2.0-flash-exp:free",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.RateLimitError as e:
    print(f"Rate limited, try again in a minute. ({e})", file=sys.stderr)
    sys.exit(1)
