"""Broken: InvokeModel with a bare model ID and a body that is not Claude's Messages format."""
import json

import boto3

client = boto3.client("bedrock-runtime")

# Two ValidationExceptions in one call:
# - the bare ID gets "Invocation of model ID ... with on-demand throughput isn't supported";
# - the body lacks anthropic_version and max_tokens, so Claude's schema check answers with a
#   message that starts "Malformed input request:" and names what is missing, for example
#   "#: required key [max_tokens] not found".
resp = client.invoke_model(
    modelId="anthropic.claude-sonnet-4-20250514-v1:0",
    body=json.dumps({"messages": [{"role": "user", "content": "Hello"}]}),
)
print(json.loads(resp["body"].read())["content"][0]["text"])
