"""Broken: the SDK's retries are switched off and the loop retries at once, ignoring
retry-after. Every instant retry counts against the same per-minute limit."""
import sys

import anthropic

client = anthropic.Anthropic(max_retries=0)

for attempt in range(1, 4):
    try:
        msg = client.messages.create(
            model="claude-sonnet-4-6",
            max_tokens=1024,
            messages=[{"role": "user", "content": "Summarise this report: ..."}],
        )
        print(msg.content)
        break
    except anthropic.RateLimitError:
        print(f"Rate limited, retrying immediately (attempt {attempt})", file=sys.stderr)
else:
    print("Giving up.", file=sys.stderr)
    sys.exit(1)
