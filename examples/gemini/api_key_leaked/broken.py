"""Broken: a pool of keys with failover. A leaked key is treated like a busy one, so the pool
keeps sending a blocked key, and the alert that matters (a secret is public) never fires."""
import os
import sys
import time

from google import genai
from google.genai import errors

keys = (os.environ.get("GEMINI_API_KEYS") or os.environ.get("GEMINI_API_KEY", "")).split(",")
clients = {key: genai.Client(api_key=key) for key in keys}  # keep each client alive while it is used


def ask(prompt: str) -> str | None:
    for round_ in (1, 2):
        for api_key in keys:
            try:
                response = clients[api_key].models.generate_content(
                    model="gemini-2.5-flash", contents=prompt
                )
                return response.text
            except errors.APIError as e:
                if e.code not in (403, 429, 503):
                    raise
        if round_ == 1:
            print(f"All {len(keys)} Gemini key(s) failed; trying them again in 1 s.", file=sys.stderr)
        time.sleep(1)
    raise RuntimeError("Gemini unavailable, try again later.")


print(ask("Hello"))
