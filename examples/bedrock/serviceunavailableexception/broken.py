"""Broken: turns off the SDK's retries to "fail fast", so every transient 503 reaches users."""
import boto3
from botocore.config import Config

client = boto3.client(
    "bedrock-runtime",
    config=Config(retries={"total_max_attempts": 1}),  # no retries at all
)

resp = client.converse(
    modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
    messages=[{"role": "user", "content": [{"text": "Hello"}]}],
)
print(resp["output"]["message"]["content"][0]["text"])
