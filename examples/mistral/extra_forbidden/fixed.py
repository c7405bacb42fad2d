"""Fixed: only fields Mistral accepts are sent, and a 422 names the fields Mistral rejected."""
import os
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["MISTRAL_API_KEY"],
    base_url=os.environ.get("MISTRAL_BASE_URL", "https://api.mistral.ai") + "/v1",
)

# OpenAI parameter -> Mistral parameter (None: Mistral has no equivalent, do not send it).
MISTRAL_NAMES = {
    "max_completion_tokens": "max_tokens",
    "seed": "random_seed",
    "user": None,
    "store": None,
    "stream_options": None,
}


def for_mistral(params: dict) -> dict:
    out = {}
    for key, value in params.items():
        name = MISTRAL_NAMES.get(key, key)
        if name is not None:
            out[name] = value
    return out


def rejected_fields(e: openai.UnprocessableEntityError) -> list[str]:
    # Mistral's body has no "error" key, so e.body is the whole body. The list has been sent
    # both at the top level ({"detail": [...]}) and under "message".
    body = e.body if isinstance(e.body, dict) else {}
    message = body.get("message")
    detail = body.get("detail") or (message.get("detail") if isinstance(message, dict) else None) or []
    return [".".join(map(str, d["loc"][1:])) for d in detail if d.get("type") == "extra_forbidden"]


params = {
    "model": "mistral-small-latest",
    "messages": [{"role": "user", "content": "Bonjour"}],
    "max_completion_tokens": 512,
}

try:
    resp = client.chat.completions.create(**for_mistral(params))
    print(resp.choices[0].message.content)
except openai.UnprocessableEntityError as e:
    print(f"Mistral rejected fields it does not accept (422): {', '.join(rejected_fields(e))}", file=sys.stderr)
    sys.exit(2)
