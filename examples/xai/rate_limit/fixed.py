"""Fixed: xAI's 429s are told apart by their text; rate limits are retried with backoff."""
import os
import re
import sys
import time

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ.get("XAI_API_KEY"),
    base_url=os.environ.get("XAI_BASE_URL", "https://api.x.ai/v1"),
    max_retries=0,  # the loop below decides
)

CREDITS = re.compile(r"credits|spending limit|Grok subscription", re.IGNORECASE)


def ask(prompt: str, attempts: int = 5) -> str:
    for attempt in range(1, attempts + 1):
        try:
            resp = client.chat.completions.create(
                model="grok-4",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.RateLimitError as e:
            # xAI's body is {"code": ..., "error": "<sentence>"}: e.body is the sentence.
            message = e.body if isinstance(e.body, str) else e.message
            if CREDITS.search(message) or attempt == attempts:
                raise
            retry_after = e.response.headers.get("retry-after")
            delay = float(retry_after) if retry_after else 2 ** (attempt - 1)
            print(f"xAI rate limit: {message}\nRetrying in {delay:g}s.", file=sys.stderr)
            time.sleep(delay)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    print(ask("Hello"))
