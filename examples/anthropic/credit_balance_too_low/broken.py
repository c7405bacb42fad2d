"""Broken: every 400 is treated as a bug in the request, so an empty credit balance
sends the developer off to debug parameters that are fine."""
import sys

import anthropic

client = anthropic.Anthropic()

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "Draft a reply to this customer email: ..."}],
    )
    print(msg.content)
except anthropic.BadRequestError:
    print("Invalid request: check the model name and message format.", file=sys.stderr)
    sys.exit(1)
