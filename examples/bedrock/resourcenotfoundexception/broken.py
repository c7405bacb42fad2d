"""Broken: a hard-coded model ID without its version suffix, in a Region chosen without
checking that it offers the model."""
import boto3

client = boto3.client("bedrock-runtime", region_name="eu-west-3")

resp = client.converse(
    modelId="amazon.titan-text-premier",  # the full ID ends in ":0"
    messages=[{"role": "user", "content": [{"text": "Hello"}]}],
)
print(resp["output"]["message"]["content"][0]["text"])
