"""Fixed: 503 UNAVAILABLE is retried with backoff and full jitter, then a lighter model is tried."""
import random
import sys
import time

from google import genai
from google.genai import errors

client = genai.Client()
MODELS = ["gemini-2.5-flash", "gemini-2.5-flash-lite"]  # main model, then a fallback
ATTEMPTS = 5


def ask(prompt: str) -> str:
    for model in MODELS:
        for attempt in range(ATTEMPTS):
            try:
                response = client.models.generate_content(model=model, contents=prompt)
                return response.text or ""
            except errors.ServerError as e:
                if e.code != 503:
                    raise
                if attempt == ATTEMPTS - 1:
                    break  # give the next model a chance
                delay = random.uniform(0, min(30.0, 2.0**attempt))  # full jitter
                print(f"Gemini overloaded (503), waiting {delay:.1f}s, then {model}", file=sys.stderr)
                time.sleep(delay)
    raise RuntimeError("Gemini stayed overloaded (503 UNAVAILABLE) on every model")


if __name__ == "__main__":
    print(ask("Hello"))
