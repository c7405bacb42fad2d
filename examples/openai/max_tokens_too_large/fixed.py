"""Fixed: the output limit never exceeds what the model allows. The 400 states the model's limit,
so it is learned once per model and the request is sent again within it."""
import re
import sys

from openai import BadRequestError, OpenAI

client = OpenAI()
output_limits: dict[str, int] = {}  # model -> output token limit, learned from errors


def complete(model: str, prompt: str, wanted: int = 32000):
    limit = min(wanted, output_limits.get(model, wanted))
    try:
        return client.chat.completions.create(
            model=model,
            max_tokens=limit,
            messages=[{"role": "user", "content": prompt}],
        )
    except BadRequestError as e:
        # "max_tokens is too large: 32000. This model supports at most 16384 completion tokens, ..."
        allowed = re.search(r"supports at most (\d+)", e.message)
        if allowed is None or model in output_limits:
            raise  # any other 400, or already clamped once
        output_limits[model] = int(allowed[1])
        print(f"{model} allows at most {allowed[1]} output tokens; sending again with {allowed[1]}.", file=sys.stderr)
        return complete(model, prompt, wanted)


if __name__ == "__main__":
    resp = complete("gpt-4o", "Write a migration guide for version 3 of our API.")
    print(resp.choices[0].message.content)
