"""Fixed: a per-minute limit is retried after retry-after; a per-day limit or a long wait stops."""
import math
import re
import sys
import time

import groq
from groq import Groq

client = Groq(max_retries=0)  # the loop below decides when to retry

LIMIT = re.compile(r"\((RPM|RPD|TPM|TPD|ASH|ASD)\)")


def ask(prompt: str, attempts: int = 3) -> str:
    for attempt in range(1, attempts + 1):
        try:
            resp = client.chat.completions.create(
                model="llama-3.1-8b-instant",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except groq.RateLimitError as e:
            # groq-python keeps the whole body in e.body: {"error": {"message", "type", "code"}}.
            error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
            match = LIMIT.search(error.get("message", ""))
            limit = match.group(1) if match else "an unnamed limit"
            wait = float(e.response.headers.get("retry-after", "nan"))  # seconds, sent on 429s
            if limit.endswith("D") or math.isnan(wait) or wait > 60 or attempt == attempts:
                raise
            print(f"Groq rate limit on {limit}; retrying in {wait:g}s as retry-after asks.", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except groq.RateLimitError as e:
        print(f"Groq limit reached, not retrying now: {e}", file=sys.stderr)
        sys.exit(2)
