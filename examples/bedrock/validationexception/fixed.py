"""Fixed: Converse with an inference profile ID, and ValidationExceptions sorted by kind."""
import re
import sys

import boto3

client = boto3.client("bedrock-runtime")

# An inference profile ID ("us.", "eu.", "apac.", "global." + model ID) or its ARN.
MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"

KINDS = [
    (r"on-demand throughput isn.t supported", "use an inference profile ID or ARN"),
    (r"^The model returned the following errors:", "the model rejected a parameter; read the rest"),
    (r"^Malformed input request", "the InvokeModel body does not match the model's schema"),
    (r"alternate between user and assistant", "merge consecutive messages of the same role"),
    (r"maximum tokens you requested exceeds?", "lower maxTokens to the model's limit"),
    (r"provided model identifier is invalid", "check the model ID and the client's Region"),
]


def explain(message: str) -> str:
    for pattern, advice in KINDS:
        if re.search(pattern, message):
            return advice
    return "fix the request; retrying it unchanged fails the same way"


def ask(prompt: str) -> str:
    # Converse takes one message format for every model and checks it before the model runs.
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 512},
    )
    return resp["output"]["message"]["content"][0]["text"]


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except client.exceptions.ValidationException as e:
        message = e.response["Error"]["Message"]
        print(f"Bedrock rejected the request: {message}", file=sys.stderr)
        print(f"What to change: {explain(message)}", file=sys.stderr)
        sys.exit(2)
