"""Fixed: one clear source for the key, and a 401 stops the program without retrying."""
import os
import sys

from dotenv import load_dotenv
from openai import AuthenticationError, OpenAI

# This script's .env is the single source of truth, even if the shell exports another key.
load_dotenv(override=True)
api_key = os.environ.get("OPENAI_API_KEY", "").strip().strip("\"'")
if not api_key:
    sys.exit("OPENAI_API_KEY is not set.")

client = OpenAI(api_key=api_key)


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except AuthenticationError as e:
        # Show only the end of the key: enough to tell keys apart, useless to an attacker.
        print(
            f'OpenAI rejected the API key ending in "{api_key[-4:]}" ({e.code or "HTTP 401"}). '
            "Check which key this process really reads, or create a new one. Retrying will not help.",
            file=sys.stderr,
        )
        sys.exit(2)
