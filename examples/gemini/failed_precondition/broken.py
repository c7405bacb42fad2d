"""Broken: falls back to another model on any error, which cannot fix FAILED_PRECONDITION."""
import sys

from google import genai

client = genai.Client()
MODELS = ["gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-2.5-pro"]


def ask(prompt: str) -> str:
    for model in MODELS:
        try:
            return client.models.generate_content(model=model, contents=prompt).text or ""
        except Exception:
            # The refusal is about the project (region, billing), not the model:
            # every model in the list gets the same 400.
            print(f"{model} failed, trying the next model", file=sys.stderr)
    print("All Gemini models failed.", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    print(ask("Hello"))
