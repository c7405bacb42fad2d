"""Fixed: an expired OAuth token is told apart from a bad API key by the API's message, and the
message says how to get a new token. Retrying with the same token cannot succeed."""
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
except anthropic.AuthenticationError as e:
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    message = error.get("message", str(e))
    if "oauth token has expired" in message.lower():
        print(
            "The OAuth access token has expired (authentication_error). Sign in again (claude, then /login) "
            "or, for CI, create a long-lived token with `claude setup-token`, and update the token this "
            "program sends. A new API key does not renew an OAuth login.",
            file=sys.stderr,
        )
    else:
        print(f"Credential rejected (authentication_error): {message} [request {e.request_id}]", file=sys.stderr)
    sys.exit(2)
