"""Fixed: connection errors and timeouts are retried like 429 and 5xx."""
import random
import time

import anthropic

client = anthropic.Anthropic(max_retries=0)  # or simply keep the default (2) and drop this loop


def retryable(e: Exception) -> bool:
    if isinstance(e, anthropic.APIConnectionError):  # includes APITimeoutError
        return True
    return isinstance(e, anthropic.APIStatusError) and (e.status_code == 429 or e.status_code >= 500)


def ask(prompt: str, attempts: int = 3) -> str:
    for attempt in range(attempts):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=512,
                messages=[{"role": "user", "content": prompt}],
            )
            return "".join(b.text for b in msg.content if b.type == "text")
        except anthropic.APIError as e:
            if not retryable(e) or attempt == attempts - 1:
                raise
            # str(e) of a connection error is just "Connection error."; log the cause too.
            print(f"{e} ({e.__cause__!r}); retrying")
            time.sleep(0.5 * 2**attempt + random.random() / 4)
    raise RuntimeError("unreachable")


print(ask("Where is my order #4521?"))
