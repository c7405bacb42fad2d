"""Fixed: check the key at start-up, and stop with a clear message when the API rejects it."""
import os
import sys

import anthropic

# Keys pasted into .env files often keep quotes or a trailing newline.
api_key = os.environ.get("ANTHROPIC_API_KEY", "").strip().strip("\"'")
if not api_key:
    sys.exit("ANTHROPIC_API_KEY is not set.")
client = anthropic.Anthropic(api_key=api_key)

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "What are your opening hours?"}],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.AuthenticationError as e:
    body = e.body if isinstance(e.body, dict) else {}
    detail = (body.get("error") or {}).get("message", "authentication_error")
    print(
        f"Anthropic rejected the API key ({detail}): "
        "create a key in the Claude Console and update ANTHROPIC_API_KEY. Not retrying.",
        file=sys.stderr,
    )
    sys.exit(2)
