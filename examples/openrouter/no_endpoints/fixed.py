"""Fixed: on 404 "No endpoints found", fall back to a tool-capable model or name the setting."""
import os
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENROUTER_API_KEY"],
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),
)

# The preferred model first, then a fallback listed at https://openrouter.ai/models?supported_parameters=tools
MODELS = ["deepseek/deepseek-r1:free", "openai/gpt-4o-mini"]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]


def ask(prompt: str):
    for i, model in enumerate(MODELS):
        try:
            resp = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                tools=TOOLS,
            )
            return model, resp.choices[0].message
        except openai.NotFoundError as e:
            message = str(e.body.get("message", "")) if isinstance(e.body, dict) else str(e)
            if not message.startswith("No endpoints found"):
                raise
            if "data policy" in message:
                sys.exit(f"{model}: every endpoint is excluded by your privacy settings: https://openrouter.ai/settings/privacy")
            if i + 1 == len(MODELS):
                raise
            print(f"{model}: {message.split('.')[0]}; trying {MODELS[i + 1]}.", file=sys.stderr)
    raise RuntimeError("unreachable")


if __name__ == "__main__":
    model, message = ask("What is the weather in Paris?")
    print(f"{model}:", message.tool_calls or message.content)
