"""Broken: fires a burst of requests with the default client and no pacing."""
from concurrent.futures import ThreadPoolExecutor

import boto3

# Default "legacy" retry mode: 5 attempts with short random delays. A burst of 32
# concurrent calls uses them up in seconds and ends in
# "ThrottlingException ... (reached max retries: 4): Too many requests, please wait ...".
client = boto3.client("bedrock-runtime")

MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"


def summarize(text: str) -> str:
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": f"Summarize: {text}"}]}],
    )
    return resp["output"]["message"]["content"][0]["text"]


if __name__ == "__main__":
    documents = [f"document {i}" for i in range(200)]
    with ThreadPoolExecutor(max_workers=32) as pool:
        # The first ThrottlingException that outlives the SDK's retries ends the whole batch.
        for summary in pool.map(summarize, documents):
            print(summary)
