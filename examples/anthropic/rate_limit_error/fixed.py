"""Fixed: wait as long as the API asks (retry-after), back off when it does not say,
and stop at once when the 429 is a spend cap (the usage tier's monthly cap or a
contract's) rather than a rate limit: waiting does not clear those."""
import random
import sys
import time

import anthropic

client = anthropic.Anthropic(max_retries=0)  # the loop below does the retrying
SPEND_CAPS = {"enforced_spend_limit_reached", "contract_spend_limit_reached"}


def error_code(e: anthropic.RateLimitError) -> str | None:
    details = (e.body.get("error") or {}).get("details") if isinstance(e.body, dict) else None
    return details.get("error_code") if isinstance(details, dict) else None


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
            # Spend cap: same type, no retry-after, lasts until the date in the message.
            if error_code(e) in SPEND_CAPS:
                raise
            if attempt == attempts - 1:
                raise
            wait = delay_seconds(e, attempt)
            print(f"Rate limited, retrying in {wait * 1000:.0f} ms", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


for report in ("Q3 report: ...", "Q4 report: ..."):
    try:
        print(ask(f"Summarise this report: {report}"))
    except anthropic.RateLimitError as e:
        if error_code(e) not in SPEND_CAPS:
            raise
        print(f"Spend cap reached ({error_code(e)}): stopping the batch until the limit is raised.", file=sys.stderr)
        sys.exit(2)
