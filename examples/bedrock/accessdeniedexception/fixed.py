"""Fixed: stops on AccessDeniedException and prints who was denied and where to look."""
import sys

import boto3

session = boto3.Session()
client = session.client("bedrock-runtime")
MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"


def where_to_look(message: str) -> str:
    if "explicit deny" in message:
        return "an explicit Deny (SCP, permissions boundary or policy) names this call"
    if "is not authorized to perform: bedrock:" in message:
        return "grant bedrock:InvokeModel on the model and inference profile ARNs"
    if "aws-marketplace" in message:
        return "grant aws-marketplace:Subscribe and ViewSubscriptions for the first call"
    if "don't have access to the model" in message or "not authorized to invoke this API" in message:
        return "model access in this Region (Anthropic use case form, Marketplace subscription)"
    return "IAM permissions for Amazon Bedrock in this Region"


def ask(prompt: str) -> str:
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
    )
    return resp["output"]["message"]["content"][0]["text"]


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except client.exceptions.AccessDeniedException as e:
        message = e.response["Error"]["Message"]
        caller = session.client("sts").get_caller_identity()["Arn"]
        print(f"{caller} was denied {MODEL_ID} in {client.meta.region_name}: {message}", file=sys.stderr)
        print(f"Where to look: {where_to_look(message)}. Retrying will not help.", file=sys.stderr)
        sys.exit(2)
