"""Fixed: until the organization is verified, a refusal to stream is recognised and the same
request is sent without streaming. Verification itself is done once, in the dashboard."""
import sys

from openai import BadRequestError, OpenAI

client = OpenAI()
MODEL = "o3"
MESSAGES = [{"role": "user", "content": "Find the bug in this loop: for (i = 0; i <= n; i++) sum += a[i];"}]

try:
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    for chunk in stream:
        if chunk.choices:
            print(chunk.choices[0].delta.content or "", end="")
    print()
except BadRequestError as e:
    # code is the generic "unsupported_value"; the message and param say what is refused.
    if "organization must be verified" not in e.message or e.param != "stream":
        raise  # "to use the model": no fallback, the organization must be verified
    print(f"Streaming {MODEL} needs a verified organization; answering without streaming.", file=sys.stderr)
    resp = client.chat.completions.create(model=MODEL, messages=MESSAGES)
    print(resp.choices[0].message.content)
