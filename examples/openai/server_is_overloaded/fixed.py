"""Fixed: a steady, modest level of concurrency, and a patient backoff on 503 / slow_down."""
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from openai import APIStatusError, OpenAI

client = OpenAI(max_retries=0)  # the loop below does the retrying


def is_overloaded(e: APIStatusError) -> bool:
    return e.status_code == 503 or e.code == "slow_down"  # slow_down may also come as a 429


def summarise(text: str, attempts: int = 6) -> str:
    for attempt in range(attempts):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Summarise: {text}"}],
            )
            return resp.choices[0].message.content or ""
        except APIStatusError as e:
            if not is_overloaded(e) or attempt == attempts - 1:
                raise
            hint = e.response.headers.get("retry-after", "")
            if hint.isdigit():
                wait = float(hint)
            else:
                # Start at 2 s and double, up to a minute, with jitter so workers do not retry in step.
                wait = min(2 * 2**attempt, 60) * random.uniform(0.5, 1.5)
            print(f"OpenAI is overloaded ({e.code or e.status_code}), retrying in {wait:.0f} s", file=sys.stderr)
            time.sleep(wait)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    documents = [f"document {i}" for i in range(500)]
    # Keep the request rate steady; raise max_workers gradually, not in one jump.
    with ThreadPoolExecutor(max_workers=4) as pool:
        for summary in pool.map(summarise, documents):
            print(summary)
