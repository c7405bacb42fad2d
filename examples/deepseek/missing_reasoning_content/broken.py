"""Broken: the assistant turn is rebuilt without reasoning_content, so DeepSeek answers 400."""
import json
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
)

tools = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]
messages = [{"role": "user", "content": "What is the weather in Hangzhou?"}]

while True:
    resp = client.chat.completions.create(model="deepseek-flash", messages=messages, tools=tools)
    msg = resp.choices[0].message
    if not msg.tool_calls:
        print(msg.content)
        break
    # The usual OpenAI pattern: reasoning_content is dropped here.
    messages.append(
        {
            "role": "assistant",
            "content": msg.content,
            "tool_calls": [call.model_dump() for call in msg.tool_calls],
        }
    )
    for call in msg.tool_calls:
        messages.append(
            {
                "role": "tool",
                "tool_call_id": call.id,
                "content": json.dumps({"temperature_c": 24, "sky": "sunny"}),
            }
        )
