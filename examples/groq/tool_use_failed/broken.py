"""Broken: the prompt asks for tool calls as text while the request declares the tool natively."""
from groq import Groq

client = Groq()  # reads GROQ_API_KEY

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

# Groq checks the model's output as a tool call and answers 400 tool_use_failed; the
# groq.BadRequestError is not caught, and what the model wrote (failed_generation) is never read.
resp = client.chat.completions.create(
    model="llama-3.3-70b-versatile",
    messages=[
        {
            "role": "system",
            "content": "To use a tool, answer with <function=NAME{JSON arguments}</function> and nothing else.",
        },
        {"role": "user", "content": "What is the weather in Paris?"},
    ],
    tools=tools,
)
print(resp.choices[0].message.tool_calls)
