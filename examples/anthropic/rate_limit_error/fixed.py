"""Fixed: wait as long as the API asks (retry-after), back off when it does not say,
and stop at once when the 429 is the monthly spend cap rather than a rate limit."""
import random
import sys
import time

import anthropic

client = anthropic.Anthropic(max_retries=0)  # the loop below does the retrying


def delay_seconds(e: anthropic.RateLimitError, attempt: int) -> float:
    headers = e.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            value = float(headers.get(name, ""))
            if value > 0:
                return value * scale
        except ValueError:
            pass
    return min(2**attempt, 60) * random.uniform(0.75, 1.25)  # no hint: backoff with jitter


def ask(prompt: str, attempts: int = 6) -> str:
    for attempt in range(attempts):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=1024,
                messages=[{"role": "user", "content": prompt}],
            )
            return "".join(b.text for b in msg.content if b.type == "text")
        except anthropic.RateLimitError as e:
            details = (e.body.get("error") or {}).get("details") if isinstance(e.body, dict) else None
            # Tier spend cap: same type, no retry-after, lasts until next month.
            if isinstance(details, dict) and details.get("error_code") == "enforced_spend_limit_reached":
                raise
            if attempt == attempts - 1:
                raise
            wait = delay_seconds(e, attempt)
            print(f"Rate limited, retrying in {wait * 1000:.0f} ms", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


print(ask("Summarise this report: ..."))
