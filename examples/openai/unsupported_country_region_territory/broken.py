"""Broken: every 403 is read as "the key lacks permission"."""
import sys

import openai
from openai import OpenAI

client = OpenAI()


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except openai.PermissionDeniedError:
        # The key is fine: the request came from a place the API does not serve.
        # A new key, a new project or a bigger budget changes nothing.
        print("Permission denied: create a new API key with more permissions.", file=sys.stderr)
        sys.exit(1)
