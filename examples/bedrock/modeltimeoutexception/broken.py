"""Broken: one huge synchronous call; a ModelTimeoutException (or the client's own 60 s
read timeout) ends the job, and the SDK does not retry either."""
import boto3

client = boto3.client("bedrock-runtime")  # read_timeout defaults to 60 seconds

resp = client.converse(
    modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
    messages=[{"role": "user", "content": [{"text": "Write the full report for these 400 pages: ..."}]}],
    inferenceConfig={"maxTokens": 32000},
)
print(resp["output"]["message"]["content"][0]["text"])
