"""Fixed: sampling parameters are sent only to models that take them. Reasoning models (the o
series and the gpt-5 family) run at their defaults; steer them with reasoning_effort instead."""
import os
import re
import sys

from openai import BadRequestError, OpenAI

client = OpenAI()
MODEL = os.environ.get("CLASSIFIER_MODEL", "gpt-5-mini")


def is_reasoning_model(model: str) -> bool:
    return re.match(r"(o\d|gpt-5)", model) is not None


sampling = {} if is_reasoning_model(MODEL) else {"temperature": 0.2}

try:
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": 'Classify this ticket: "I was charged twice this month."'}],
        **sampling,
    )
    print(resp.choices[0].message.content)
except BadRequestError as e:
    if e.code != "unsupported_value":
        raise
    # e.param names the field whose value this model refuses, e.g. "temperature" or "messages[0].role".
    print(f'{MODEL} refuses the value of "{e.param}": {e.message}', file=sys.stderr)
    sys.exit(2)
