"""Fixed: let the SDK retry 5xx responses with backoff, and match on the class
(or status), not on `code` (which is None for a 500)."""
import sys

from openai import InternalServerError, OpenAI

client = OpenAI(max_retries=3)  # retries 408, 409, 429 and 5xx with backoff


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except InternalServerError as e:  # any status >= 500
        # Still failing after the retries: report it with the request ID for support.
        print(
            f"OpenAI server error {e.status_code} (type {e.type}, request {e.request_id}). "
            "Check https://status.openai.com and try again later.",
            file=sys.stderr,
        )
        sys.exit(3)
