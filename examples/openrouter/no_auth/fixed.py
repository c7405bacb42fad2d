"""Fixed: the OpenRouter key required by name, checked, and verified once at start-up."""
import os
import sys

import openai
from openai import OpenAI

api_key = os.environ.get("OPENROUTER_API_KEY", "").strip()
if not api_key.startswith("sk-or-"):
    sys.exit('OPENROUTER_API_KEY is missing or is not an OpenRouter key (they start with "sk-or-").')

client = OpenAI(
    api_key=api_key,
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),  # no /chat/completions
)

try:
    # GET /api/v1/key answers with the key's label, credit limit and usage; 401 if not accepted.
    client.get("/key", cast_to=object)
    resp = client.chat.completions.create(
        model="openai/gpt-4o-mini",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.AuthenticationError as e:
    message = e.body.get("message") if isinstance(e.body, dict) else str(e)
    print(
        f"OpenRouter did not accept the key (401 {message}). Check it at https://openrouter.ai/settings/keys: "
        "it may be deleted or disabled, or belong to another account.",
        file=sys.stderr,
    )
    sys.exit(2)
