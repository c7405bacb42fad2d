"""Broken: catches APIError before RateLimitError and retries a quota error blindly."""
import time

import openai
from openai import OpenAI

client = OpenAI()  # max_retries=2: every 429 is already sent three times


def ask(prompt: str) -> str:
    for attempt in range(5):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.APIError as e:
            # APIError is the base class of RateLimitError, so every 429 lands here
            # and the branch below is dead code. The quota request is sent 15 times.
            print("API error, retrying:", e)
            time.sleep(2**attempt)
        except openai.RateLimitError:  # never reached
            time.sleep(2**attempt)
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(ask("Hello"))
