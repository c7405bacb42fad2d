"""Fixed: on a 402, retry once with the max_tokens the balance covers, or stop and say why."""
import os
import re
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENROUTER_API_KEY"],
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),
)

MIN_USEFUL_TOKENS = 1024
MODEL = "anthropic/claude-sonnet-4.5"
MESSAGES = [{"role": "user", "content": "Write a haiku about invoices."}]


def error_message(e: openai.APIStatusError) -> str:
    # e.body is the "error" object: {"message": ..., "code": 402, "metadata": {...}}
    return str(e.body.get("message", "")) if isinstance(e.body, dict) else str(e)


def ask(max_tokens: int = 16384) -> str:
    try:
        resp = client.chat.completions.create(model=MODEL, max_tokens=max_tokens, messages=MESSAGES)
    except openai.APIStatusError as e:
        # 402 has no class of its own in the openai SDK: it is a plain APIStatusError.
        if e.status_code != 402:
            raise
        match = re.search(r"can only afford (\d+)", error_message(e))
        affordable = int(match.group(1)) if match else 0
        if affordable < MIN_USEFUL_TOKENS or affordable >= max_tokens:
            raise
        print(f"OpenRouter balance covers only {affordable} tokens: retrying with max_tokens={affordable}.", file=sys.stderr)
        return ask(max_tokens=affordable)
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask())
    except openai.APIStatusError as e:
        if e.status_code != 402:
            raise
        where = (
            "raise this key's credit limit at https://openrouter.ai/settings/keys"
            if "settings/keys" in error_message(e)
            else "add credits at https://openrouter.ai/settings/credits"
        )
        print(f"OpenRouter credits exhausted: {where}.", file=sys.stderr)
        sys.exit(2)
