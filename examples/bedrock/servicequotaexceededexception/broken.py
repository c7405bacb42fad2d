"""Broken: decides by HTTP status, so a 400 ServiceQuotaExceededException is reported as a
malformed request and the job moves on as if the input were bad."""
import json

import boto3
from botocore.exceptions import ClientError

client = boto3.client("bedrock-runtime")

try:
    resp = client.invoke_model(
        modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
        body=json.dumps(
            {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 512,
                "messages": [{"role": "user", "content": "Hello"}],
            }
        ),
    )
    print(json.loads(resp["body"].read())["content"][0]["text"])
except ClientError as e:
    if e.response["ResponseMetadata"]["HTTPStatusCode"] == 400:
        print("Invalid request: skipping this document.")
    else:
        raise
