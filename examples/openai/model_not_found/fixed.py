"""Fixed: on model_not_found, list the models this key can use and suggest close names."""
import os
import re
import sys

from openai import NotFoundError, OpenAI, PermissionDeniedError

client = OpenAI()
MODEL = os.environ.get("OPENAI_MODEL", "gpt4o-mini")


def squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    # 404 for an unknown name; 403 with the same code when the project may not use it.
    except (NotFoundError, PermissionDeniedError) as e:
        if e.code != "model_not_found":
            raise
        available = [m.id for m in client.models.list()]
        similar = [m for m in available if squash(MODEL) in squash(m)][:5]
        hint = f"Similar models it can use: {', '.join(similar)}." if similar else "Check the model name."
        print(f'Model "{MODEL}" is not available to this key. {hint}', file=sys.stderr)
        sys.exit(2)
