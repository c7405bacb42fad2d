"""Fixed: 529 overloaded_error is transient. After the SDK's own quick retries, wait
longer with exponential backoff and jitter, honouring any retry hint, then try again."""
import random
import sys
import time

import anthropic

client = anthropic.Anthropic()  # keeps its 2 automatic retries


def backoff_seconds(e: anthropic.APIStatusError, attempt: int) -> float:
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            value = float(e.response.headers.get(name, ""))
            if value > 0:
                return value * scale
        except ValueError:
            pass
    return min(5 * 2**attempt, 120) * random.uniform(0.5, 1.5)  # spread the load


def chat(text: str, attempts: int = 4) -> str:
    for attempt in range(attempts):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=256,
                messages=[{"role": "user", "content": text}],
            )
            return "".join(b.text for b in msg.content if b.type == "text")
        except anthropic.APIStatusError as e:
            # Check the status, not InternalServerError: OverloadedError derives from APIStatusError.
            if e.status_code != 529 or attempt == attempts - 1:
                raise
            wait = backoff_seconds(e, attempt)
            print(f"Claude is overloaded (529), retrying in {wait * 1000:.0f} ms", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


print(chat("Say hello in French."))
