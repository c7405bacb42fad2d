"""Fixed: the request size is known before sending, and a 413 is reported as a size
problem with the way out (Files API or splitting), not retried."""
import base64
import sys

import anthropic

client = anthropic.Anthropic()
LIMIT_BYTES = 32 * 1024 * 1024  # Messages API; Batches allow 256 MB, Files 500 MB
pdf = bytes(3 * 1024 * 1024)  # stands in for open("scanned-contract.pdf", "rb").read()

data = base64.b64encode(pdf).decode()  # base64 makes the file about a third larger
size_mb = len(data) / 1024 / 1024
if len(data) > LIMIT_BYTES * 0.9:
    sys.exit(f"PDF is {size_mb:.1f} MB once encoded: upload it with the Files API instead.")

try:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=4096,
        messages=[{
            "role": "user",
            "content": [
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": data}},
                {"type": "text", "text": "List the termination clauses."},
            ],
        }],
    )
    print("".join(b.text for b in msg.content if b.type == "text"))
except anthropic.RequestTooLargeError:  # HTTP 413; top-level export checked in anthropic 1.13.0
    print(
        f"The request was refused as too large (413 request_too_large) at about {size_mb:.1f} MB. "
        "Send the PDF through the Files API and refer to its file_id, or split it into parts.",
        file=sys.stderr,
    )
    sys.exit(2)
