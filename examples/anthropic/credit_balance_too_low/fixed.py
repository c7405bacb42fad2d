"""Fixed: the credit-balance 400 is recognised and reported as a billing problem."""
import sys

import anthropic

client = anthropic.Anthropic()


def is_out_of_credit(e: anthropic.APIStatusError) -> bool:
    # The API sends this case as a plain invalid_request_error, so the message is the only
    # signal. Should it arrive as a 402 billing_error instead, the same check still holds.
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    if e.status_code == 402 or error.get("type") == "billing_error":
        return True
    return e.status_code == 400 and "credit balance is too low" in str(error.get("message", "")).lower()


try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "Draft a reply to this customer email: ..."}],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.APIStatusError as e:
    if not is_out_of_credit(e):
        raise
    print(
        f"Anthropic credit balance is too low (request {e.request_id}): "
        "buy credits under Plans & Billing in the Claude Console. Retrying will not help.",
        file=sys.stderr,
    )
    sys.exit(2)
