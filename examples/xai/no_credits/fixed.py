"""Fixed: xAI's credits error (403 or 429) is recognised by its text and never retried."""
import os
import re
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ.get("XAI_API_KEY"),
    base_url=os.environ.get("XAI_BASE_URL", "https://api.x.ai/v1"),
    max_retries=0,  # a credits error must not be retried
)

CREDITS = re.compile(r"credits|spending limit|Grok subscription", re.IGNORECASE)


def xai_message(e: openai.APIStatusError) -> str:
    # xAI's body is {"code": "...", "error": "<sentence>"}: the SDK keeps body["error"], so
    # e.body is that sentence (a str) and e.code is None.
    return e.body if isinstance(e.body, str) else e.message


try:
    resp = client.chat.completions.create(
        model="grok-4",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except (openai.PermissionDeniedError, openai.RateLimitError) as e:
    message = xai_message(e)
    if not CREDITS.search(message):
        raise  # a plain rate limit: back off and retry (see xai/rate_limit)
    print(
        f"xAI team is out of credits or at its spending limit (HTTP {e.status_code}): {message}\n"
        "Add credits or raise the limit at https://console.x.ai. Retrying will not help.",
        file=sys.stderr,
    )
    sys.exit(2)
