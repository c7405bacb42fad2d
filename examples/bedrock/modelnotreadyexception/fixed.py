"""Fixed: waits for an unloaded imported model to come back instead of failing."""
import time

import boto3
from botocore.config import Config

# The SDK retries ModelNotReadyException (HTTP 429) on its own; give it room to.
client = boto3.client(
    "bedrock-runtime",
    config=Config(retries={"mode": "standard", "total_max_attempts": 10}),
)
MODEL_ARN = "arn:aws:bedrock:us-east-1:111122223333:imported-model/k2jd8f3h4s5a"


def classify(ticket: str, wait_rounds: int = 3) -> str:
    for round_ in range(wait_rounds):
        try:
            resp = client.converse(
                modelId=MODEL_ARN,
                messages=[{"role": "user", "content": [{"text": f"Classify this ticket: {ticket}"}]}],
            )
            return resp["output"]["message"]["content"][0]["text"]
        except client.exceptions.ModelNotReadyException:
            if round_ == wait_rounds - 1:
                raise
            time.sleep(60)  # the model is being loaded again; give it a minute
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    print(classify("printer on fire"))
