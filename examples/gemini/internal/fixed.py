"""Fixed: the SDK's own retries with backoff for server errors; a persistent 500 is reported.

HttpRetryOptions needs google-genai 1.21.0 or later.
"""
import sys

from google import genai
from google.genai import errors, types

client = genai.Client(
    http_options=types.HttpOptions(
        retry_options=types.HttpRetryOptions(
            attempts=3,  # including the first request
            initial_delay=1.0,  # seconds, doubled after each failure, with jitter
            http_status_codes=[500, 502, 503, 504],  # not 429: quota errors need their own handling
        )
    )
)

TICKETS = [
    "I cannot log in since the last update.",
    "The invoice for March shows the wrong amount.",
    "How do I export my data to CSV?",
]


def main() -> int:
    status = 0
    for i, ticket in enumerate(TICKETS, start=1):
        try:
            response = client.models.generate_content(
                model="gemini-2.5-flash",
                contents=f"Summarise this support ticket in one line:\n{ticket}",
            )
        except errors.ServerError as e:
            if e.code != 500:
                raise
            # Still 500 after 3 attempts: skip this ticket, keep the rest of the batch going.
            print(
                f"#{i}: 500 INTERNAL after 3 attempts; try a shorter input or another model.",
                file=sys.stderr,
            )
            status = 1
            continue
        print(f"#{i}: {response.text}")
    return status


if __name__ == "__main__":
    sys.exit(main())
