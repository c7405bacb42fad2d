"""Fixed: retries a per-minute limit after RetryInfo's delay; stops on a daily or free-tier quota."""
import sys
import time

from google import genai
from google.genai import errors

client = genai.Client()  # reads GEMINI_API_KEY (or GOOGLE_API_KEY); no automatic retries


class QuotaExhausted(RuntimeError):
    """Waiting a few seconds will not help: the daily or free-tier quota is used up."""


def rpc_detail(e: errors.APIError, kind: str) -> dict:
    # e.details is the whole response body; the google.rpc details sit under "error".
    for item in (e.details or {}).get("error", {}).get("details", []):
        if item.get("@type") == f"type.googleapis.com/google.rpc.{kind}":
            return item
    return {}


def ask(prompt: str, attempts: int = 3) -> str:
    for attempt in range(1, attempts + 1):
        try:
            response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)
            return response.text or ""
        except errors.ClientError as e:
            if e.status != "RESOURCE_EXHAUSTED":
                raise
            violations = rpc_detail(e, "QuotaFailure").get("violations", [])
            ids = ", ".join(v.get("quotaId", "?") for v in violations)
            delay = rpc_detail(e, "RetryInfo").get("retryDelay", "")  # e.g. "47s"
            seconds = float(delay.rstrip("s")) if delay else None
            # A per-day quota, or a quota of 0 (no free tier for this model), will not clear soon.
            hopeless = any(
                "PerDay" in v.get("quotaId", "") or v.get("quotaValue") == "0" for v in violations
            )
            if hopeless or seconds is None or seconds > 90 or attempt == attempts:
                raise QuotaExhausted(f"Gemini quota exhausted ({ids})") from e
            print(f"Rate limited ({ids}); retrying in {delay} as RetryInfo asks.", file=sys.stderr)
            time.sleep(seconds)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except QuotaExhausted as e:
        print(f"{e}: wait for the reset or enable billing. Not retrying.", file=sys.stderr)
        sys.exit(2)
