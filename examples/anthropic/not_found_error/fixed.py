"""Fixed: the model id is configuration. A 404 for it names the id the API rejected,
and one fallback model keeps the feature running until the setting is corrected."""
import os
import sys

import anthropic

client = anthropic.Anthropic()
# In this demo the setting still holds the broken example's id.
MODEL = os.environ.get("CLAUDE_MODEL", "claude-3-5-sonnet-latest")
FALLBACK_MODEL = "claude-sonnet-4-6"


def summarise(model: str, text: str) -> str:
    msg = client.messages.create(
        model=model,
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarise this support ticket: {text}"}],
    )
    return "".join(b.text for b in msg.content if b.type == "text")


try:
    print(summarise(MODEL, "..."))
except anthropic.NotFoundError as e:
    body = e.body if isinstance(e.body, dict) else {}
    message = (body.get("error") or {}).get("message", "")
    # Only a 404 about the model itself: a wrong URL or resource id is a different bug.
    if not message.startswith("model:"):
        raise
    print(f'Model "{MODEL}" not found ({message}); using {FALLBACK_MODEL}. Fix CLAUDE_MODEL.', file=sys.stderr)
    print(summarise(FALLBACK_MODEL, "..."))
