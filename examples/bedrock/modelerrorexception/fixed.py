"""Fixed: a ModelErrorException is retried once with greedy decoding and more output room,
as the Amazon Nova tool-use troubleshooting guide advises; a second failure is logged."""
import sys

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


def ask(city: str) -> list:
    request = {
        "modelId": "us.amazon.nova-pro-v1:0",
        "messages": [{"role": "user", "content": [{"text": f"What is the weather in {city}?"}]}],
        "inferenceConfig": {"temperature": 0.9, "maxTokens": 300},
        "toolConfig": TOOLS,
    }
    try:
        return client.converse(**request)["output"]["message"]["content"]
    except client.exceptions.ModelErrorException as e:
        print(f"Model error ({e.response.get('originalStatusCode')}): {e}; retrying greedily", file=sys.stderr)
        request["inferenceConfig"] = {"temperature": 0, "maxTokens": 3000}
        request["additionalModelRequestFields"] = {"inferenceConfig": {"topK": 1}}
        return client.converse(**request)["output"]["message"]["content"]


if __name__ == "__main__":
    for city in ["Tokyo", "Osaka", "Sapporo"]:
        try:
            print(ask(city))
        except client.exceptions.ModelErrorException as e:
            print(f"{city}: model failed twice, skipped: {e}", file=sys.stderr)
