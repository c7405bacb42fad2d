"""Fixed: the Vertex AI model ID in a region that serves it; the 404 body read as Google's."""
import sys

from anthropic import AnthropicVertex, NotFoundError

client = AnthropicVertex()  # CLOUD_ML_REGION, e.g. us-east5 or global
MODEL = "claude-haiku-4-5@20251001"

try:
    message = client.messages.create(
        model=MODEL, max_tokens=256, messages=[{"role": "user", "content": "Hello"}]
    )
    print(message.content[0].text)
except NotFoundError as e:
    body = e.body[0] if isinstance(e.body, list) and e.body else e.body
    detail = body.get("error", {}).get("message") if isinstance(body, dict) else None
    print(
        f"Vertex AI has no {MODEL} in {client.region} for this project: {detail or e}. "
        "Enable the model in Model Garden and pick a region that offers it.",
        file=sys.stderr,
    )
    sys.exit(2)
