"""Fixed: billing problems stop the worker at once and need a person; only transient
errors (429, 5xx, 529) are left to retries."""
import sys

import anthropic

client = anthropic.Anthropic()  # the SDK already retries 429 and 5xx twice, not 402


def is_billing_problem(e: anthropic.APIStatusError) -> bool:
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    if e.status_code == 402 or error.get("type") == "billing_error":
        return True  # a plain APIStatusError: the Python SDK has no class for 402
    # An exhausted prepaid balance has been reported as a 400 invalid_request_error.
    return e.status_code == 400 and "credit balance is too low" in str(error.get("message", "")).lower()


try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=1024,
        messages=[{"role": "user", "content": "Classify this support ticket: ..."}],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.APIStatusError as e:
    if not is_billing_problem(e):
        raise
    error_type = e.body.get("error", {}).get("type") if isinstance(e.body, dict) else None
    print(
        f"Billing problem ({e.status_code} {error_type}): check the payment method and "
        f"credits in the Claude Console. The job is paused, not re-queued. [{e.request_id}]",
        file=sys.stderr,
    )
    sys.exit(2)
