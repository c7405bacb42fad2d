"""Broken: a retry loop keyed on the HTTP status never retries a connection error."""
import time

import anthropic

client = anthropic.Anthropic(max_retries=0)  # retries are done below instead


def ask(prompt: str) -> str:
    for attempt in range(3):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=512,
                messages=[{"role": "user", "content": prompt}],
            )
            return "".join(b.text for b in msg.content if b.type == "text")
        except anthropic.APIStatusError as e:
            if e.status_code == 429 or e.status_code >= 500:
                time.sleep(2**attempt)
                continue
            raise
        # anthropic.APIConnectionError is not an APIStatusError: it has no status code,
        # so a dropped connection escapes on the first attempt.
    raise RuntimeError("gave up")


print(ask("Where is my order #4521?"))
