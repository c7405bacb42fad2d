"""Fixed: overloaded_error is transient in both of its forms: HTTP 529 before the answer starts,
and an `error` event inside a stream that began with HTTP 200. After the SDK's own quick retries
(which only cover the 529), wait longer with exponential backoff and jitter, honouring any retry
hint, then try again."""
import random
import sys
import time

import anthropic

client = anthropic.Anthropic()  # keeps its 2 automatic retries


def is_overloaded(e: anthropic.APIStatusError) -> bool:
    # A 529 raises OverloadedError. The same error inside a stream raises a plain APIStatusError
    # whose status_code is the stream's 200; only e.type (anthropic >= 0.88.0) says what it is.
    return e.status_code == 529 or e.type == "overloaded_error"


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
            with client.messages.stream(
                model="claude-sonnet-4-6",
                max_tokens=256,
                messages=[{"role": "user", "content": text}],
            ) as stream:
                msg = stream.get_final_message()
            return "".join(b.text for b in msg.content if b.type == "text")
        except anthropic.APIStatusError as e:
            # Check the status or the type, not InternalServerError: OverloadedError derives from APIStatusError.
            if not is_overloaded(e) or attempt == attempts - 1:
                raise
            wait = backoff_seconds(e, attempt)
            form = "529" if e.status_code == 529 else "error event in a 200 stream"
            print(f"Claude is overloaded ({form}), retrying in {wait * 1000:.0f} ms", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


print(chat("Say hello in French."))
