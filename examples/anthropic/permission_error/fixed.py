"""Fixed: a 403 is reported as an access problem of a valid key, with the request ID
for support. It is not retried: the answer stays the same until access changes."""
import sys

import anthropic

client = anthropic.Anthropic()

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": "Translate this paragraph into German: ..."}],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.AuthenticationError:
    sys.exit("The API key was rejected (401): replace ANTHROPIC_API_KEY.")
except anthropic.PermissionDeniedError as e:
    body = e.body if isinstance(e.body, dict) else {}
    detail = (body.get("error") or {}).get("message", "permission_error")
    print(
        f"The API key works but is not allowed to do this ({detail}). Check the key's workspace "
        f"and the organization's access in the Claude Console; quote request {e.request_id} to support.",
        file=sys.stderr,
    )
    sys.exit(2)
