"""Fixed: a key problem is recognised by the ErrorInfo reason API_KEY_INVALID, not by the HTTP
status, and the message names the variable the key came from. It is never retried."""
import os
import sys

from google import genai
from google.genai import errors

# The SDK takes GOOGLE_API_KEY over GEMINI_API_KEY when both are set: report the one it used.
KEY_VAR = "GOOGLE_API_KEY" if os.environ.get("GOOGLE_API_KEY") else "GEMINI_API_KEY"
client = genai.Client()


def error_reason(e: errors.APIError) -> str | None:
    # e.details is the whole response body; the google.rpc details sit under "error".
    for item in (e.details or {}).get("error", {}).get("details", []):
        if item.get("@type", "").endswith("google.rpc.ErrorInfo"):
            return item.get("reason")
    return None


try:
    response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    print(response.text)
except errors.ClientError as e:
    if error_reason(e) != "API_KEY_INVALID":
        raise
    # The message varies: "API key not valid", "API key expired. Please renew the API key.", "API Key not found".
    print(f"Gemini rejected the API key in {KEY_VAR} (API_KEY_INVALID): {e.message}", file=sys.stderr)
    print("Copy the key again from Google AI Studio (API keys page) and check for quotes or spaces.", file=sys.stderr)
    sys.exit(2)
