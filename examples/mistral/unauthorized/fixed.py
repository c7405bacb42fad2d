"""Fixed: Mistral's SDK with MISTRAL_API_KEY, checked first; a 401 stops with what to check."""
import json
import os
import sys

from mistralai.client import Mistral, errors

api_key = os.environ.get("MISTRAL_API_KEY", "").strip().strip("\"'")
if not api_key:
    sys.exit("MISTRAL_API_KEY is not set. Create a key at https://console.mistral.ai/api-keys")

with Mistral(api_key=api_key) as client:
    try:
        resp = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Bonjour"}],
        )
        print(resp.choices[0].message.content)
    except errors.SDKError as e:
        if e.status_code != 401:
            raise
        try:
            request_id = json.loads(e.body).get("request_id", "")
        except ValueError:
            request_id = ""
        print(
            f"Mistral rejected the API key ending in {api_key[-4:]!r} (401 Unauthorized). Use a key from "
            "https://console.mistral.ai/api-keys with api.mistral.ai (a Codestral key belongs to "
            "codestral.mistral.ai), and allow a few minutes after creating it. Retrying will not help. "
            f"Request id: {request_id}",
            file=sys.stderr,
        )
        sys.exit(2)
