"""Fixed: a 400 is reported with the API's own message and never retried."""
import sys

import anthropic

client = anthropic.Anthropic()

history = [{"role": "user", "content": "Here are this week's server logs: ... What went wrong?"}]


def error_object(e: anthropic.APIStatusError) -> dict:
    """The "error" object of the response body: {"type": ..., "message": ...}."""
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error")
    return error if isinstance(error, dict) else {}


try:
    msg = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=history)
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.BadRequestError as e:
    error = error_object(e)
    message = error.get("message", str(e))
    if message.startswith("You have reached your specified"):
        # Not a bug in the request: a spend limit set in the Console was reached.
        print(f"Spend limit reached: {message}", file=sys.stderr)
    elif message.startswith("Your credit balance is too low"):
        print("Out of credit: buy credits under Plans & Billing in the Claude Console.", file=sys.stderr)
    else:
        print(f"Request rejected ({error.get('type')}): {message} [request_id {e.request_id}]", file=sys.stderr)
    sys.exit(2)  # fix the request or the account; sending it again cannot help
