"""Broken: every 401 is reported as a bad API key. When the credential is an OAuth access token
(auth_token, sent as "Authorization: Bearer"), that sends people to the wrong fix."""
import os
import sys

import anthropic

# The API key if there is one, else an OAuth access token (e.g. from `claude setup-token`).
client = (
    anthropic.Anthropic()
    if os.environ.get("ANTHROPIC_API_KEY")
    else anthropic.Anthropic(auth_token=os.environ["ANTHROPIC_AUTH_TOKEN"])
)

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "Review the diff in this pull request."}],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.AuthenticationError:
    print("Invalid API key: create a new key in the Claude Console and set ANTHROPIC_API_KEY.", file=sys.stderr)
    sys.exit(1)
