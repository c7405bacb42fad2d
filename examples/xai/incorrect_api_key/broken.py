"""Broken: a wrong key is expected as a 401; xAI answers 400, so the code blames the request."""
import os
import sys

import openai
from openai import OpenAI

client = OpenAI(
    api_key=os.environ.get("XAI_API_KEY"),
    base_url=os.environ.get("XAI_BASE_URL", "https://api.x.ai/v1"),
)

try:
    resp = client.chat.completions.create(
        model="grok-4",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.AuthenticationError:
    sys.exit("The xAI API key is invalid: check XAI_API_KEY.")
except openai.BadRequestError:
    # openai.BadRequestError is the OpenAI SDK's class for any 400; from xAI it can be the key.
    sys.exit("xAI rejected the request as invalid: check the prompt and parameters.")
