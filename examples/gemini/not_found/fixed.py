"""Fixed: the model name is configuration; on 404 NOT_FOUND the usable models are listed."""
import os
import sys

from google import genai
from google.genai import errors

# The name is configuration now. The deployment still has the retired name set (the same one
# as the broken example), so the 404 below names it and the list shows what to set instead.
MODEL = os.environ.get("GEMINI_MODEL", "gemini-1.5-flash")
client = genai.Client()


def main() -> int:
    try:
        response = client.models.generate_content(model=MODEL, contents="Hello")
    except errors.ClientError as e:
        if e.status != "NOT_FOUND":
            raise
        # Do what the message asks: list the models and keep those that can generate content.
        usable = [
            (m.name or "?").removeprefix("models/")
            for m in client.models.list()
            if "generateContent" in (m.supported_actions or [])
        ]
        print(f'Model "{MODEL}" is not available (NOT_FOUND): {e.message}', file=sys.stderr)
        print(f"Set GEMINI_MODEL to one of: {', '.join(usable)}", file=sys.stderr)
        return 2
    print(response.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
