"""Broken: Gemini API 429 handling (RetryInfo, QuotaFailure) applied to Vertex AI."""
import sys

from google import genai
from google.genai import errors

# Vertex AI: GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION, Application Default Credentials.
client = genai.Client(vertexai=True)

try:
    response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    print(response.text)
except errors.ClientError as e:
    if e.code != 429:
        raise
    # e.details is the whole body. Vertex AI's 429 usually has no RetryInfo detail, so this
    # gives up on shared-capacity errors that clear in seconds.
    details = (e.details or {}).get("error", {}).get("details", [])
    if not any(d.get("@type", "").endswith("google.rpc.RetryInfo") for d in details):
        print("Quota exhausted and no retry delay given: not retrying.", file=sys.stderr)
        sys.exit(1)
