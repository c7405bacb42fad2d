"""Fixed: the history is cut only at a user message, so an assistant message with tool_calls and
the tool results that answer it are kept or dropped together."""
from openai import OpenAI

client = OpenAI()
system = {"role": "system", "content": "You are a travel assistant."}
history = [
    {"role": "user", "content": "What is the weather in Osaka?"},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_weather_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city":"Osaka"}'},
            }
        ],
    },
    {"role": "tool", "tool_call_id": "call_weather_1", "content": '{"temp_c":18,"sky":"clear"}'},
    {"role": "assistant", "content": "It is 18 °C and clear in Osaka."},
    {"role": "user", "content": "Do I need an umbrella tomorrow?"},
]


def last_turns(messages: list[dict], max_messages: int) -> list[dict]:
    """The last messages, about max_messages of them, starting at a user message (a turn boundary)."""
    start = max(0, len(messages) - max_messages)
    while start > 0 and messages[start]["role"] != "user":
        start -= 1
    return messages[start:]


resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[system, *last_turns(history, 3)],
)
print(resp.choices[0].message.content)
