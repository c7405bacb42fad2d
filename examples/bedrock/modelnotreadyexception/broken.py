"""Broken: treats ModelNotReadyException as fatal and fails the whole job on a cold start."""
import sys

import boto3

client = boto3.client("bedrock-runtime")
MODEL_ARN = "arn:aws:bedrock:us-east-1:111122223333:imported-model/k2jd8f3h4s5a"

try:
    resp = client.converse(
        modelId=MODEL_ARN,
        messages=[{"role": "user", "content": [{"text": "Classify this ticket: printer on fire"}]}],
    )
    print(resp["output"]["message"]["content"][0]["text"])
except client.exceptions.ModelNotReadyException as e:
    # The model was only unloaded for being idle; it would have been ready in a few minutes.
    print(f"Model broken, aborting: {e}", file=sys.stderr)
    sys.exit(1)
