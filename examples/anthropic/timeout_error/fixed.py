"""Fixed: a timeout on either side (client or API gateway) is retried with backoff.
For long outputs, stream instead: client.messages.stream(...).get_final_message()."""
import sys
import time

import anthropic

client = anthropic.Anthropic(max_retries=0)  # the loop below does the retrying


def is_timeout(e: Exception) -> bool:
    if isinstance(e, anthropic.APITimeoutError):  # no answer within the client timeout
        return True
    # 504 timeout_error: InternalServerError in anthropic 1.13.0 (DeadlineExceededError exists but is not used)
    return isinstance(e, anthropic.APIStatusError) and e.status_code == 504


def summarise(doc: str, attempts: int = 5) -> str:
    for attempt in range(attempts):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=4096,
                messages=[{"role": "user", "content": f"Summarise each section of this design document: {doc}"}],
            )
            return "".join(b.text for b in msg.content if b.type == "text")
        except (anthropic.APITimeoutError, anthropic.APIStatusError) as e:
            if not is_timeout(e) or attempt == attempts - 1:
                raise
            hint = e.response.headers.get("retry-after-ms") if isinstance(e, anthropic.APIStatusError) else None
            wait = float(hint) / 1000 if hint else min(2 * 2**attempt, 60)
            status = getattr(e, "status_code", "client")
            print(f"Claude timed out ({status}), retrying in {wait * 1000:.0f} ms", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


print(summarise("..."))
