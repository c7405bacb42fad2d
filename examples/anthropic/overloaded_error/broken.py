"""Broken: 529 is assumed to be a 5xx "server error", but in the Python SDK
anthropic.OverloadedError is not a subclass of anthropic.InternalServerError, so the
retry branch never sees it and the job dies after the SDK's two quick retries."""
import time

import anthropic

client = anthropic.Anthropic()


def chat(text: str) -> str:
    for attempt in range(5):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=256,
                messages=[{"role": "user", "content": text}],
            )
            return "".join(b.text for b in msg.content if b.type == "text")
        except (anthropic.RateLimitError, anthropic.InternalServerError):
            time.sleep(2 * 2**attempt)  # never reached for a 529
    raise RuntimeError("still failing")


print(chat("Say hello in French."))
