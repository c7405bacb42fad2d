"""Fixed: native tool declarations only; tool_use_failed is logged and retried a few times."""
import sys

import groq
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


def ask_with_tools(question: str, attempts: int = 3):
    for attempt in range(1, attempts + 1):
        try:
            resp = client.chat.completions.create(
                model="llama-3.3-70b-versatile",
                messages=[{"role": "user", "content": question}],
                tools=tools,
                temperature=0.7 if attempt == 1 else 0.2,
            )
            return resp.choices[0].message
        except groq.BadRequestError as e:
            # groq-python keeps the whole body: {"error": {"code", "failed_generation", ...}}.
            error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
            if error.get("code") != "tool_use_failed" or attempt == attempts:
                raise
            print(
                f"Groq rejected the model's tool call (tool_use_failed), attempt {attempt}. "
                f"The model wrote: {str(error.get('failed_generation', ''))[:200]}",
                file=sys.stderr,
            )
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    message = ask_with_tools("What is the weather in Paris?")
    for call in message.tool_calls or []:
        print(f"Calling {call.function.name} with {call.function.arguments}")
