"""Broken: 401 and 403 are handled as one "bad key" case, so the team rotates a key
that works and the real cause (workspace or organization access) stays in place."""
import sys

import anthropic

client = anthropic.Anthropic()

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "Translate this paragraph into German: ..."}],
    )
    print(msg.content)
except (anthropic.AuthenticationError, anthropic.PermissionDeniedError):
    print("Invalid API key. Generate a new key and try again.", file=sys.stderr)
    sys.exit(1)
