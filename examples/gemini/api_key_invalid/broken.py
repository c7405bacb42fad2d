"""Broken: a bad key is expected to come back as 401 or 403, as with most APIs. Gemini answers
400 INVALID_ARGUMENT, so the key error is retried as if the service were down."""
import sys
import time

from google import genai
from google.genai import errors

client = genai.Client()  # GOOGLE_API_KEY, or else GEMINI_API_KEY

for attempt in range(1, 4):
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
        print(response.text)
        break
    except errors.APIError as e:
        if e.code in (401, 403):
            sys.exit("Gemini API key rejected.")
        print(f"Gemini request failed (attempt {attempt}), retrying...", file=sys.stderr)
        time.sleep(0.3 * attempt)
else:
    sys.exit("Gemini is not responding. Try again later.")
