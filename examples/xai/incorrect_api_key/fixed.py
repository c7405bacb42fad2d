"""Fixed: the key is checked first, and a key error is recognised on 400 or 401 by its text."""
import os
import sys

import openai
from openai import OpenAI

api_key = os.environ.get("XAI_API_KEY", "").strip().strip("\"'")
if not api_key:
    sys.exit("XAI_API_KEY is not set. Create a key at https://console.x.ai")
if not api_key.startswith("xai-"):
    print("Warning: xAI API keys start with 'xai-'; this looks like another provider's key.", file=sys.stderr)

client = OpenAI(api_key=api_key, base_url=os.environ.get("XAI_BASE_URL", "https://api.x.ai/v1"))


def is_key_error(e: openai.APIStatusError) -> bool:
    if isinstance(e, openai.AuthenticationError):  # 401: no or malformed Authorization header
        return True
    # xAI's body is {"code": ..., "error": "<sentence>"}: e.body is the sentence, e.code is None.
    return isinstance(e, openai.BadRequestError) and str(e.body).startswith("Incorrect API key provided")


try:
    resp = client.chat.completions.create(
        model="grok-4",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except (openai.AuthenticationError, openai.BadRequestError) as e:
    if not is_key_error(e):
        raise
    print(
        f"xAI rejected the API key ending in {api_key[-4:]!r} (HTTP {e.status_code}). "
        "Check that XAI_API_KEY holds a key from https://console.x.ai. Retrying will not help.",
        file=sys.stderr,
    )
    sys.exit(2)
