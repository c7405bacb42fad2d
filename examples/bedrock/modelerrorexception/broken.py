"""Broken: a batch of tool calls where one ModelErrorException aborts everything."""
import boto3

client = boto3.client("bedrock-runtime")

TOOLS = {
    "tools": [
        {
            "toolSpec": {
                "name": "get_weather",
                "inputSchema": {
                    "json": {
                        "type": "object",
                        "properties": {"city": {"type": "string"}},
                        "required": ["city"],
                    }
                },
            }
        }
    ]
}

for city in ["Tokyo", "Osaka", "Sapporo"]:
    # HTTP 424 is neither retried by botocore nor caught here.
    resp = client.converse(
        modelId="us.amazon.nova-pro-v1:0",
        messages=[{"role": "user", "content": [{"text": f"What is the weather in {city}?"}]}],
        inferenceConfig={"temperature": 0.9, "maxTokens": 300},
        toolConfig=TOOLS,
    )
    print(resp["output"]["message"]["content"])
