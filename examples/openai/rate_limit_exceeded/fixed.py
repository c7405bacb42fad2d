"""Fixed: back off on a rate limit (honouring the server's hint), stop on quota errors."""
import random
import sys
import time

from openai import OpenAI, RateLimitError

client = OpenAI(max_retries=0)  # the loop below does the retrying


def delay_seconds(e: RateLimitError, attempt: int) -> float:
    headers = e.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            value = float(headers.get(name, ""))
        except ValueError:
            continue
        if value > 0:
            return value * scale
    # No hint: exponential backoff with jitter, capped at 30 s.
    return min(2**attempt, 30) * random.uniform(0.75, 1.25)


def ask(prompt: str, attempts: int = 6) -> str:
    for attempt in range(attempts):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except RateLimitError as e:
            if e.type == "insufficient_quota":  # billing: waiting will not help
                raise
            if "Request too large" in str(e) or attempt == attempts - 1:
                raise  # a single request over the per-minute limit never fits
            wait = delay_seconds(e, attempt)
            print(f"Rate limited ({e.type}), retrying in {wait:.1f} s", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    print(ask("Summarise this report: ..."))
