"""Fixed: a free model's daily cap stops at once; per-minute and upstream limits back off."""
import os
import sys
import time

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENROUTER_API_KEY"],
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),
    max_retries=0,  # decide here which 429s are worth another request
)


class DailyLimitReached(RuntimeError):
    """OpenRouter's daily cap on free models: no retry helps before the reset."""


def ask(prompt: str, attempts: int = 4) -> str:
    for attempt in range(1, attempts + 1):
        try:
            resp = client.chat.completions.create(
                model="google/gemini-2.0-flash-exp:free",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.RateLimitError as e:
            # e.body is the "error" object: {"message": ..., "code": 429, "metadata": {...}}
            body = e.body if isinstance(e.body, dict) else {}
            metadata = body.get("metadata") or {}
            if "free-models-per-day" in str(body.get("message", "")):
                limit = (metadata.get("headers") or {}).get("X-RateLimit-Limit", "?")
                raise DailyLimitReached(f"Daily free-model limit reached ({limit} requests/day)") from e
            if attempt == attempts:
                raise
            # Per-minute cap, or the upstream provider is rate limiting ("Provider returned error").
            retry_after = e.response.headers.get("retry-after")
            wait = float(retry_after) if retry_after and retry_after.isdigit() else 0.25 * 2**attempt
            upstream = f" by {metadata['provider_name']}" if metadata.get("provider_name") else ""
            print(f"Rate limited{upstream}; retrying in {wait:.2f} s.", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except DailyLimitReached as e:
        print(
            f"{e}. Buy 10 credits to raise it to 1000/day, switch to the paid version of the model, "
            "or wait for the daily reset.",
            file=sys.stderr,
        )
        sys.exit(2)
