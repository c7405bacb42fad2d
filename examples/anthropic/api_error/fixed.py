"""Fixed: keep the SDK's automatic retries (with backoff) for 5xx errors, allow a few
more for a background job, and log the request ID if it still fails."""
import sys

import anthropic

client = anthropic.Anthropic(max_retries=4)  # default is 2

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "Where is my order #4521?"}],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.InternalServerError as e:
    # Still failing after 5 attempts: report it, with the ID Anthropic support asks for.
    print(f"Claude API error {e.status_code}, request_id {e.request_id}", file=sys.stderr)
    sys.exit(1)
