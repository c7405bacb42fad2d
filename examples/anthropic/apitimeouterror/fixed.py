"""Fixed: one attempt within the budget, and a fallback when it times out."""
from typing import Optional

import anthropic

BUDGET_S = 1.0
client = anthropic.Anthropic(timeout=BUDGET_S, max_retries=0)


def suggest(code: str) -> Optional[str]:
    try:
        msg = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=64,
            messages=[{"role": "user", "content": f"Complete: {code}"}],
        )
    except anthropic.APITimeoutError:  # before APIConnectionError: it is its subclass
        return None
    return "".join(b.text for b in msg.content if b.type == "text")


suggestion = suggest("session = auth.login(user)")
print(suggestion if suggestion is not None else f"No suggestion: Claude did not answer within {BUDGET_S} s")
