"""Fixed: honours a short Retry-After, stops on a long one (a daily or trial quota)."""
import re
import sys
import time
from typing import Optional

from openai import AzureOpenAI, RateLimitError

# openai-python (2.52+) honours Retry-After up to 120 s itself and gives up beyond that;
# the loop below makes the same decision explicit and tells the user why.
client = AzureOpenAI(azure_deployment="gpt-4o-mini", max_retries=0)
MAX_WAIT_S = 60


class QuotaExhausted(RuntimeError):
    """The deployment's quota is used up for hours: change the quota, or wait for the reset."""


def retry_after_seconds(e: RateLimitError) -> Optional[float]:
    headers = e.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            value = float(headers.get(name, ""))
        except ValueError:
            continue
        if value > 0:
            return value * scale
    match = re.search(r"retry after (\d+) second", e.message, re.IGNORECASE)
    return float(match.group(1)) if match else None


def summarise(ticket: str, attempts: int = 4) -> str:
    for attempt in range(1, attempts + 1):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Summarise this ticket: {ticket}"}],
            )
            return resp.choices[0].message.content or ""
        except RateLimitError as e:
            wait = retry_after_seconds(e) or 2.0**attempt
            if wait > MAX_WAIT_S or attempt == attempts:
                raise QuotaExhausted(f"Retry-After {wait:.0f} s") from e
            print(f"Rate limited; waiting {wait:.0f} s as Retry-After asks.", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    try:
        print(summarise("..."))
    except QuotaExhausted as e:
        print(
            f"Azure OpenAI quota used up ({e}): raise the deployment's TPM or request more at "
            "https://aka.ms/oai/quotaincrease.",
            file=sys.stderr,
        )
        sys.exit(2)
