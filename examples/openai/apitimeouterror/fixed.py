"""Fixed: a timeout sized per request, and timeouts handled before connection errors."""
import sys

import openai
from openai import OpenAI

# Short default for chat replies (seconds in Python; the Node SDK takes milliseconds).
client = OpenAI(timeout=20.0, max_retries=1)

try:
    # This request may think for minutes: give it its own budget.
    resp = client.with_options(timeout=900.0).chat.completions.create(
        model="o4-mini",
        messages=[{"role": "user", "content": "Plan the database migration step by step."}],
    )
    print(resp.choices[0].message.content)
except openai.APITimeoutError:  # before APIConnectionError: it is its subclass
    print("Timed out twice: raise the timeout, stream the response, or use background mode.", file=sys.stderr)
    sys.exit(2)
