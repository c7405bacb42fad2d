"""Broken: a job worker that treats only a few 4xx classes as permanent. A 402
billing_error has no class of its own in the Python SDK (it is a plain APIStatusError),
so it lands in the "temporary" branch and the job is re-queued again and again."""
import sys
import time

import anthropic

client = anthropic.Anthropic()
PERMANENT = (
    anthropic.BadRequestError,
    anthropic.AuthenticationError,
    anthropic.PermissionDeniedError,
    anthropic.NotFoundError,
)


def run_job() -> bool:
    for attempt in range(1, 4):
        try:
            msg = client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=1024,
                messages=[{"role": "user", "content": "Classify this support ticket: ..."}],
            )
            print(msg.content)
            return True
        except PERMANENT:
            raise
        except anthropic.APIStatusError as e:
            print(f"Temporary failure ({e.status_code}), job re-queued", file=sys.stderr)
            time.sleep(0.2 * attempt)
    print("Job failed after 3 attempts.", file=sys.stderr)
    return False


if not run_job():
    sys.exit(1)
