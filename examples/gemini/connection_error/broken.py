"""Broken: the error is caught as a Gemini API error, which a connection error is not."""
from google import genai
from google.genai import errors

client = genai.Client()

try:
    resp = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    print(resp.text)
except errors.APIError as e:
    print(f"Gemini error {e.code}: {e.message}")
# httpx.ConnectError ([Errno 111] Connection refused, [Errno -2] Name or service not known,
# [SSL: CERTIFICATE_VERIFY_FAILED] ...) is raised as is: it is not a google.genai error.
