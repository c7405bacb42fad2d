"""Broken: a whole PDF is inlined as base64, and the 413 is mistaken for a token limit."""
import base64
import sys

import anthropic

client = anthropic.Anthropic()
pdf = bytes(3 * 1024 * 1024)  # stands in for open("scanned-contract.pdf", "rb").read()


def ask(max_tokens: int):
    return client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=max_tokens,
        messages=[{
            "role": "user",
            "content": [
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                                "data": base64.b64encode(pdf).decode()}},
                {"type": "text", "text": "List the termination clauses."},
            ],
        }],
    )


try:
    print(ask(4096).content)
except anthropic.APIStatusError as e:
    if e.status_code != 413:
        raise
    # Wrong fix: max_tokens limits the answer, not the size of the request body.
    print("Request too large, retrying with max_tokens 256", file=sys.stderr)
    print(ask(256).content)
