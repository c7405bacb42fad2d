"""Broken: every openai.RateLimitError is read as "slow down", including xAI's out-of-credits 429."""
import os
import time

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ.get("XAI_API_KEY"),
    base_url=os.environ.get("XAI_BASE_URL", "https://api.x.ai/v1"),
)  # max_retries=2: each 429 is already sent three times


def ask(prompt: str) -> str:
    for attempt in range(5):
        try:
            resp = client.chat.completions.create(
                model="grok-4",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.RateLimitError:
            # The OpenAI SDK's class for any 429. From xAI it may mean "no credits left":
            # then this loop sends 15 requests that cannot succeed.
            time.sleep(2**attempt)
    raise RuntimeError("Rate limited by xAI, try again later.")


print(ask("Hello"))
