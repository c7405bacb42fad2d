"""Broken: retries switched off, and only the bare "Connection error." is logged."""
import openai
from openai import OpenAI

client = OpenAI(max_retries=0)  # "fail fast"

try:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.APIError as e:
    # str(e) is always "Connection error."; the reason (ConnectError, SSL, proxy) is in e.__cause__.
    print(f"OpenAI request failed: {e}")
    raise SystemExit(1)
