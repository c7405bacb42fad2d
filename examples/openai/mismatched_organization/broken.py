"""Broken: a hard-coded organization ID, and every 401 reported as a bad key."""
import sys

import openai
from openai import OpenAI

client = OpenAI(organization="org-3fJx8kQv1LrT0aWmZc7yHs2N")  # copied from an old project


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except openai.AuthenticationError:
        # Wrong diagnosis: a new key from the same place fails in exactly the same way.
        print("Invalid API key: generate a new one.", file=sys.stderr)
        sys.exit(1)
