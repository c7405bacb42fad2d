"""Fixed: a key reported as leaked is taken out of service for good and raises a critical alert.
Other 403s (restrictions, disabled API) and 429/503 are different problems with other fixes."""
import os
import sys

from google import genai
from google.genai import errors

keys = (os.environ.get("GEMINI_API_KEYS") or os.environ.get("GEMINI_API_KEY", "")).split(",")
clients = {key: genai.Client(api_key=key) for key in keys}  # keep each client alive while it is used
blocked: set[str] = set()


def is_leaked_key_error(e: errors.APIError) -> bool:
    # 403 PERMISSION_DENIED with this message; the body has no ErrorInfo reason to match instead.
    return e.code == 403 and "reported as leaked" in (e.message or "")


def ask(prompt: str) -> str | None:
    for api_key in keys:
        if api_key in blocked:
            continue
        try:
            response = clients[api_key].models.generate_content(
                model="gemini-2.5-flash", contents=prompt
            )
            return response.text
        except errors.ClientError as e:
            if not is_leaked_key_error(e):
                raise
            blocked.add(api_key)
            print(
                f"CRITICAL: the Gemini API key ending in {api_key[-4:]} was reported as leaked and is blocked "
                "for good. Delete it in Google AI Studio, create a new one, and find where it was exposed.",
                file=sys.stderr,
            )
    return None


answer = ask("Hello")
if answer is None:
    sys.exit(3)  # no usable key: page someone, do not retry
print(answer)
