"""Fixed: max_completion_tokens, which reasoning models require and every current chat model
accepts. A parameter a model still refuses is reported by name, never retried as is."""
import sys

from openai import BadRequestError, OpenAI

client = OpenAI()

try:
    resp = client.chat.completions.create(
        model="gpt-5-mini",
        # Counts visible output and reasoning tokens: leave room for the reasoning.
        max_completion_tokens=2000,
        messages=[{"role": "user", "content": "Summarise the release notes in three bullet points."}],
    )
    print(resp.choices[0].message.content)
except BadRequestError as e:
    if e.code != "unsupported_parameter":
        raise
    # e.param names the parameter; the message often says what to send instead.
    print(f'gpt-5-mini does not take "{e.param}": {e.message}', file=sys.stderr)
    sys.exit(2)
