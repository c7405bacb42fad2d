"""Broken: treats AccessDeniedException as a transient failure and retries it."""
import time

import boto3

client = boto3.client("bedrock-runtime")


def ask(prompt: str) -> str:
    for attempt in range(5):
        try:
            resp = client.converse(
                modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
                messages=[{"role": "user", "content": [{"text": prompt}]}],
            )
            return resp["output"]["message"]["content"][0]["text"]
        except Exception as e:  # a 403 is retried five times, then lost in "gave up"
            print("Bedrock error, retrying:", e)
            time.sleep(2**attempt)
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(ask("Hello"))
