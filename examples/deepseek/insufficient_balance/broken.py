"""Broken: OpenAI-style quota handling, ported to DeepSeek unchanged; the 402 is retried."""
import os
import time

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
)


def ask(prompt: str, attempts: int = 4) -> str:
    for attempt in range(1, attempts + 1):
        try:
            resp = client.chat.completions.create(
                model="deepseek-flash",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.RateLimitError as e:
            # Never taken: DeepSeek's 402 is an openai.APIStatusError, not a RateLimitError,
            # and its code is "invalid_request_error", not "insufficient_quota".
            if e.code == "insufficient_quota":
                raise SystemExit("Out of credit.") from e
            time.sleep(2**attempt)
        except openai.APIError as e:
            # The 402 lands here and is retried as if it were transient.
            print(f"Attempt {attempt} failed, retrying: {e}")
            time.sleep(2**attempt)
    raise RuntimeError(f"gave up after {attempts} attempts")


if __name__ == "__main__":
    print(ask("Hello"))
