"""Broken: the Anthropic API's model ID on Vertex AI, and a 404 handler for the Anthropic API."""
import anthropic
from anthropic import AnthropicVertex

client = AnthropicVertex()  # CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID, ADC

try:
    message = client.messages.create(
        model="claude-haiku-4-5-20251001",  # unknown to Vertex AI, which uses name@version
        max_tokens=256,
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(message.content[0].text)
except anthropic.NotFoundError as e:
    # On Vertex AI the body is Google's {"error": {"code": 404, "status": "NOT_FOUND", ...}},
    # not {"type": "error", "error": {"type": "not_found_error"}}: this test is never true.
    if isinstance(e.body, dict) and e.body.get("error", {}).get("type") == "not_found_error":
        print("Model not found, falling back to the default model.")
    else:
        raise
