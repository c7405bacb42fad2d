"""Broken: every failure is retried, including a 400 that can never succeed."""
import sys
import time

import anthropic

client = anthropic.Anthropic()

history = [{"role": "user", "content": "Here are this week's server logs: ... What went wrong?"}]

for attempt in range(1, 4):
    try:
        msg = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=history)
        print(msg.content)
        break
    except Exception:
        # The error is thrown away unread. A 400 means the request itself is wrong,
        # so the identical request fails the same way every time.
        print(f"Attempt {attempt} failed, retrying...", file=sys.stderr)
        time.sleep(0.2 * attempt)
else:
    print("Giving up.", file=sys.stderr)
    sys.exit(1)
