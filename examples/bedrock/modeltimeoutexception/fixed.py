"""Fixed: a client timeout long enough for the model, and ModelTimeoutException retried with
a backoff and a smaller request (the SDK retries neither)."""
import random
import time

import boto3
from botocore.config import Config

# The client must wait at least as long as the model may take, or it gives up first with
# botocore.exceptions.ReadTimeoutError, which is a different, client-side error.
client = boto3.client("bedrock-runtime", config=Config(read_timeout=3600))

MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"


def generate(prompt: str, max_tokens: int) -> str:
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens},
    )
    return resp["output"]["message"]["content"][0]["text"]


def generate_with_retry(prompt: str, max_tokens: int = 32000, attempts: int = 3) -> str:
    for attempt in range(1, attempts + 1):
        try:
            return generate(prompt, max_tokens)
        except client.exceptions.ModelTimeoutException:
            if attempt == attempts:
                raise
            max_tokens = max(1024, max_tokens // 2)
            time.sleep(random.uniform(0, 2**attempt))
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    # Split the work: eight sections of the report instead of one giant request.
    for section in range(1, 9):
        print(generate_with_retry(f"Write the report for section {section} of 8: ..."))
