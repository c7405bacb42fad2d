"""Broken: a mistyped model name, and nothing that says which models the key can use."""
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("OPENAI_MODEL", "gpt4o-mini")  # should be "gpt-4o-mini"


def ask(prompt: str) -> str:
    # The 404 (or 403) escapes as openai.NotFoundError, and a retry would fail the same
    # way: the name is wrong or the project has no access to the model.
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    print(ask("Hello"))
