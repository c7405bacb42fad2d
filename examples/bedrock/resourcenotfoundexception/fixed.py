"""Fixed: checks the model ID against what the Region offers, and falls back on a 404."""
import os
import sys

import boto3

REGION = os.environ.get("AWS_REGION", "us-east-1")
runtime = boto3.client("bedrock-runtime", region_name=REGION)
MODELS = [os.environ.get("BEDROCK_MODEL_ID", "amazon.titan-text-premier-v1:0"), "us.amazon.nova-lite-v1:0"]


def offered_model_ids() -> set[str]:
    """Foundation models in this Region (control-plane client "bedrock", not the runtime)."""
    bedrock = boto3.client("bedrock", region_name=REGION)
    return {m["modelId"] for m in bedrock.list_foundation_models()["modelSummaries"]}


def ask(prompt: str) -> str:
    for i, model_id in enumerate(MODELS):
        try:
            resp = runtime.converse(
                modelId=model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
            )
            return resp["output"]["message"]["content"][0]["text"]
        except runtime.exceptions.ResourceNotFoundException as e:
            print(f"{model_id} not found in {REGION}: {e}", file=sys.stderr)
            if i == len(MODELS) - 1:
                raise
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    base_id = MODELS[0].split(".", 1)[1] if MODELS[0].startswith(("us.", "eu.", "apac.")) else MODELS[0]
    if base_id not in offered_model_ids():
        print(f"Warning: {base_id} is not listed in {REGION}; check the ID and Region.", file=sys.stderr)
    print(ask("Hello"))
