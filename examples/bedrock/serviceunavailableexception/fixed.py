"""Fixed: standard retries with a bigger budget, a cross-Region inference profile, and a
fallback model when the first one stays unavailable."""
import sys

import boto3
from botocore.config import Config

client = boto3.client(
    "bedrock-runtime",
    # "standard" backs off exponentially with jitter (the default "legacy" mode also retries
    # 503, up to 5 attempts). total_max_attempts includes the first request.
    config=Config(retries={"mode": "standard", "total_max_attempts": 6}),
)

# Cross-Region inference profiles let Bedrock route around a busy Region.
MODELS = [
    "us.anthropic.claude-3-5-haiku-20241022-v1:0",
    "us.amazon.nova-lite-v1:0",  # fallback: another model, another capacity pool
]


def ask(prompt: str) -> str:
    last_error = None
    for model_id in MODELS:
        try:
            resp = client.converse(
                modelId=model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
            )
            return resp["output"]["message"]["content"][0]["text"]
        except client.exceptions.ServiceUnavailableException as e:
            attempts = e.response["ResponseMetadata"].get("RetryAttempts", 0) + 1
            print(f"{model_id} unavailable after {attempts} attempts: {e}", file=sys.stderr)
            last_error = e
    raise RuntimeError("Bedrock is unavailable for every configured model") from last_error


if __name__ == "__main__":
    print(ask("Hello"))
