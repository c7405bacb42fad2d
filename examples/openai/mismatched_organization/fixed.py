"""Fixed: no hard-coded organization, and a mismatch is named as what it is."""
import os
import sys

from openai import AuthenticationError, OpenAI

# A key already belongs to one organization, so the header is optional. The SDK sends
# OpenAI-Organization only if OPENAI_ORG_ID (or organization=...) is set.
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
    except AuthenticationError as e:
        if e.code == "mismatched_organization":
            org = os.environ.get("OPENAI_ORG_ID", "(unset)")
            print(
                f"Organization mismatch: the key does not belong to OPENAI_ORG_ID={org}. "
                "Unset it or set the ID of the organization that owns the key. Retrying will not help.",
                file=sys.stderr,
            )
        else:
            print(f"OpenAI rejected the credentials ({e.code or 'HTTP 401'}): {e}", file=sys.stderr)
        sys.exit(2)
