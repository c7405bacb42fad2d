"""Fixed: a 402 from DeepSeek means the balance is used up; stop at once and say so."""
import os
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
)


class BalanceExhausted(RuntimeError):
    """A person must top up the account; retrying cannot help."""


def ask(prompt: str) -> str:
    try:
        resp = client.chat.completions.create(
            model="deepseek-flash",
            messages=[{"role": "user", "content": prompt}],
        )
    except openai.APIStatusError as e:
        # 402 has no class of its own in the openai SDK: it is a plain APIStatusError.
        # Test the status; DeepSeek's e.code is "invalid_request_error" on every error.
        if e.status_code == 402:
            raise BalanceExhausted(f"DeepSeek balance is used up ({e.status_code} Insufficient Balance)") from e
        raise
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except BalanceExhausted as e:
        print(f"{e}: top up at https://platform.deepseek.com/top_up.", file=sys.stderr)
        sys.exit(2)
