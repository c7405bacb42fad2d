"""Broken: HttpOptions.timeout is in milliseconds, so 30 means 30 ms."""
from google import genai
from google.genai import types

# Meant: 30 seconds (as in the openai and anthropic SDKs, which take seconds).
client = genai.Client(http_options=types.HttpOptions(timeout=30))

# Every request fails with httpx.ReadTimeout (or ConnectTimeout): it is not a
# google.genai.errors.APIError, and it is not retried without retry_options.
resp = client.models.generate_content(model="gemini-2.5-flash", contents="Summarise this report: ...")
print(resp.text)
