"""Broken: only the SDK's own client-side timeout is treated as a timeout. A 504
timeout_error from the API is raised as anthropic.InternalServerError, misses the
except clause and the job fails."""
import sys

import anthropic

client = anthropic.Anthropic()

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=16000,
        messages=[{"role": "user", "content": "Summarise each section of this design document: ..."}],
    )
    print(msg.content)
except anthropic.APITimeoutError:
    print("Timed out, will try again later.", file=sys.stderr)
    sys.exit(1)
