"""Fixed: paces the batch, lets the SDK adapt its send rate, and backs off on throttles
that arrive inside a stream, where the SDK cannot retry."""
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, EventStreamError

# "adaptive" = standard retries plus a client-side rate limiter that slows down after
# throttling responses. total_max_attempts counts the first request too.
client = boto3.client(
    "bedrock-runtime",
    config=Config(retries={"mode": "adaptive", "total_max_attempts": 8}),
)

MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"
THROTTLE_CODES = {"ThrottlingException", "throttlingException"}  # response vs stream frame


def summarize(text: str) -> str:
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": f"Summarize: {text}"}]}],
    )
    return resp["output"]["message"]["content"][0]["text"]


def stream_answer(prompt: str, attempts: int = 4) -> str:
    """ConverseStream: a throttle inside the HTTP 200 stream raises EventStreamError
    with the lowercase code "throttlingException"; retry the whole request."""
    for attempt in range(attempts):
        parts: list[str] = []
        try:
            resp = client.converse_stream(
                modelId=MODEL_ID,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
            )
            for event in resp["stream"]:
                delta = event.get("contentBlockDelta", {}).get("delta", {})
                parts.append(delta.get("text", ""))
            return "".join(parts)
        except (ClientError, EventStreamError) as e:
            if e.response["Error"]["Code"] not in THROTTLE_CODES or attempt == attempts - 1:
                raise
            time.sleep(random.uniform(0, min(20, 2**attempt)))  # full jitter
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    documents = [f"document {i}" for i in range(200)]
    try:
        # Fewer workers than the model's requests-per-minute quota can absorb.
        with ThreadPoolExecutor(max_workers=4) as pool:
            for summary in pool.map(summarize, documents):
                print(summary)
        print(stream_answer("Hello"))
    except ClientError as e:
        if e.response["Error"]["Code"] in THROTTLE_CODES:
            print(f"Still throttled after retries: {e}", file=sys.stderr)
            print("Check the model's RPM/TPM quotas in Service Quotas.", file=sys.stderr)
            sys.exit(2)
        raise
