"""Fixed: tells a quota error from a rate limit, stops on it, backs off only on the other."""
import random
import sys
import time

from openai import OpenAI, RateLimitError

# No automatic retries: the quota error surfaces on the first response.
client = OpenAI(max_retries=0)

QUOTA_CODES = {
    "insufficient_quota",
    "credit_balance_exhausted",
    "organization_spend_limit_exceeded",
    "project_spend_limit_exceeded",
    "organization_usage_limit_exceeded",
}


class QuotaExhausted(RuntimeError):
    """Billing must be fixed by a person; retrying cannot help."""


def is_quota_error(e: RateLimitError) -> bool:
    # .type and .code are set from openai 1.2.2 on.
    return e.type == "insufficient_quota" or e.code in QUOTA_CODES


def ask(prompt: str, attempts: int = 5) -> str:
    for attempt in range(attempts):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except RateLimitError as e:
            if is_quota_error(e):
                raise QuotaExhausted(f"OpenAI quota exhausted ({e.code or e.type})") from e
            if attempt == attempts - 1:
                raise
            # A plain rate limit: wait with exponential backoff and jitter.
            time.sleep(min(2**attempt, 30) + random.random())
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except QuotaExhausted as e:
        print(f"{e}: add credits or raise the limit in the billing settings.", file=sys.stderr)
        sys.exit(2)
