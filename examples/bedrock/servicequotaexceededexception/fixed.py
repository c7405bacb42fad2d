"""Fixed: decides by error code. A quota error pauses the job instead of skipping input."""
import json
import sys

import boto3
from botocore.exceptions import ClientError

client = boto3.client("bedrock-runtime")


def invoke(prompt: str) -> str:
    resp = client.invoke_model(
        modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
        body=json.dumps(
            {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 512,
                "messages": [{"role": "user", "content": prompt}],
            }
        ),
    )
    return json.loads(resp["body"].read())["content"][0]["text"]


if __name__ == "__main__":
    try:
        print(invoke("Hello"))
    except ClientError as e:
        code = e.response["Error"]["Code"]
        if code == "ServiceQuotaExceededException":
            print(f"Service quota exceeded: {e.response['Error']['Message']}", file=sys.stderr)
            print("Pausing the job; check this model's quotas in Service Quotas.", file=sys.stderr)
            sys.exit(2)
        if code == "ValidationException":
            print(f"Invalid request: {e.response['Error']['Message']}", file=sys.stderr)
            sys.exit(1)
        raise
